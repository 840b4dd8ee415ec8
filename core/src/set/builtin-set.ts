/**
 * The verified figure set that ships with Figure Check. Each data file is imported statically
 * so that bundlers (the extension, the add-in) embed the data and no network is ever used.
 * Adding a source: add its file under data/figures/ and one line below (a test checks both agree).
 */
import { FigureSet } from './figure-set.ts';
import standardizationReport from '../../../data/figures/samr-2024-03-27-standardization-report.json' with { type: 'json' };
import qualityInfrastructure from '../../../data/figures/samr-2024-08-16-quality-infrastructure.json' with { type: 'json' };
import certificationOpeningUp from '../../../data/figures/samr-2024-09-13-certification-accreditation-opening-up.json' with { type: 'json' };
import businessVitality from '../../../data/figures/scio-2024-01-31-business-vitality.json' with { type: 'json' };
import qualityPoweredNation from '../../../data/figures/scio-2024-01-31-quality-powered-nation.json' with { type: 'json' };
import recalls2022 from '../../../data/figures/samr-2023-03-10-recalls-2022.json' with { type: 'json' };
import recalls2023 from '../../../data/figures/samr-2024-03-12-recalls-2023.json' with { type: 'json' };
import recalls2024 from '../../../data/figures/samr-2025-03-18-recalls-2024.json' with { type: 'json' };
import recalls2025 from '../../../data/figures/samr-2026-03-19-recalls-2025.json' with { type: 'json' };
import quality2023 from '../../../data/figures/cqn-2024-03-04-quality-2023.json' with { type: 'json' };
import quality2024 from '../../../data/figures/samr-2025-03-02-quality-2024.json' with { type: 'json' };
import certificationTesting2023 from '../../../data/figures/cnca-2024-06-07-certification-testing-2023.json' with { type: 'json' };
import certificationTesting2024 from '../../../data/figures/samr-2025-01-08-certification-testing-2024.json' with { type: 'json' };
import accreditation2024 from '../../../data/figures/cnas-2024-09-03-accreditation-2024-08.json' with { type: 'json' };
import standardizationReport2022 from '../../../data/figures/samr-2023-04-19-standardization-report-2022.json' with { type: 'json' };

/** File name -> parsed content of every built-in figure file. */
export const BUILTIN_FILES: ReadonlyArray<{ name: string; data: unknown }> = [
  { name: 'samr-2024-03-27-standardization-report.json', data: standardizationReport },
  { name: 'samr-2024-08-16-quality-infrastructure.json', data: qualityInfrastructure },
  { name: 'samr-2024-09-13-certification-accreditation-opening-up.json', data: certificationOpeningUp },
  { name: 'scio-2024-01-31-business-vitality.json', data: businessVitality },
  { name: 'scio-2024-01-31-quality-powered-nation.json', data: qualityPoweredNation },
  { name: 'samr-2023-03-10-recalls-2022.json', data: recalls2022 },
  { name: 'samr-2024-03-12-recalls-2023.json', data: recalls2023 },
  { name: 'samr-2025-03-18-recalls-2024.json', data: recalls2024 },
  { name: 'samr-2026-03-19-recalls-2025.json', data: recalls2025 },
  { name: 'cqn-2024-03-04-quality-2023.json', data: quality2023 },
  { name: 'samr-2025-03-02-quality-2024.json', data: quality2024 },
  { name: 'cnca-2024-06-07-certification-testing-2023.json', data: certificationTesting2023 },
  { name: 'samr-2025-01-08-certification-testing-2024.json', data: certificationTesting2024 },
  { name: 'cnas-2024-09-03-accreditation-2024-08.json', data: accreditation2024 },
  { name: 'samr-2023-04-19-standardization-report-2022.json', data: standardizationReport2022 },
];

let builtin: FigureSet | undefined;

/** The built-in set, validated on first use. Immutable: imports are merged into new sets. */
export function builtinSet(): FigureSet {
  builtin ??= FigureSet.fromFiles(BUILTIN_FILES);
  return builtin;
}
