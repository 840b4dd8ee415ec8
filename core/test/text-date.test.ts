import { describe, expect, it } from 'vitest';
import { builtinSet } from '../src/set/builtin-set.ts';
import { checkText } from '../src/check/check-text.ts';
import { quotedLineDate, signedLineDate, textTime } from '../src/document/text-date.ts';
import { verdictsOf } from './verdicts-of.ts';

const set = builtinSet();
const verdictOf = (text: string, written: string, date?: string) => {
  const m = checkText(text, set, date ? { date } : {}).mentions.find((x) => x.text === written);
  if (!m) throw new Error(`"${written}" not found in: ${text}`);
  return m;
};

describe("a text's own date", () => {
  it('is read from a dateline or first line with its year, in English and Chinese', () => {
    expect(textTime('BEIJING, March 19, 2026 (Xinhua) -- Regulators said...').date).toBe('2026-03-19');
    expect(textTime('新华社北京2025年3月18日电 市场监管总局18日发布…').date).toBe('2025-03-18');
    expect(textTime('Posted 2024-09-03 by the desk\nAccreditation rose.').date).toBe('2024-09-03');
    expect(textTime('19 March 2026 — Regulators said...').date).toBe('2026-03-19');
  });

  it('is not guessed from a month and day without a year, nor from a count that looks like a year', () => {
    expect(textTime('BEIJING, March 19 (Xinhua) -- China recalled cars last year.').date).toBeUndefined();
    expect(textTime('技术规范2056项，标识产品1964万件。').latestYear).toBeUndefined();
  });

  it('is given by the caller over what the text says', () => {
    expect(textTime('BEIJING, March 19, 2026 -- ...', '2025-03-19')).toMatchObject({
      date: '2025-03-19',
      dateSource: 'given',
    });
  });

  it("does not count a goal's year as the text's latest year", () => {
    expect(textTime('In 2024 the plan set 2025 targets; by 2030 it aims higher.').latestYear).toBe(2024);
  });
});

describe('relative periods', () => {
  it('"last year" and 去年 are the year before the text\'s date', () => {
    const en = verdictOf(
      'BEIJING, March 19, 2026 -- China recalled 6.846 million defective vehicles last year.',
      '6.846 million',
    );
    expect(en.verdict, en.explanation).toBe('verified');
    expect(en.figure?.period.end.slice(0, 4)).toBe('2025');
    const zh = verdictOf('新华社北京2025年3月18日电 去年全国共实施汽车召回1123.7万辆。', '1123.7万');
    expect(zh.verdict, zh.explanation).toBe('verified');
  });

  it("the date can come from the caller (a page's published time, the CLI's --date)", () => {
    const m = verdictOf(
      'China recalled 6.728 million defective vehicles last year.',
      '6.728 million',
      '2024-02-01',
    );
    expect(m.verdict, m.explanation).toBe('verified');
    const wrongYear = verdictOf(
      'China recalled 6.728 million defective vehicles last year.',
      '6.728 million',
      '2026-03-20',
    );
    expect(wrongYear.verdict, wrongYear.explanation).toBe('contradicted');
    expect(wrongYear.figure?.value).toBe(6_846_000);
  });

  it('without a date, a relative period is unknown: never contradicted', () => {
    const m = verdictOf('China recalled 7.9 million defective vehicles last year.', '7.9 million');
    expect(m.verdict, m.explanation).toBe('unverified');
    expect(m.explanation).toMatch(/not when it was written/);
    const zh = verdictOf('去年全国共召回缺陷汽车790万辆。', '790万');
    expect(zh.verdict, zh.explanation).toBe('unverified');
  });

  it('"currently" cannot be a figure more than a year older than the text', () => {
    const m = verdictOf(
      'By the end of 2024 the market had grown. Currently, 2,100 of the national standards are mandatory.',
      '2,100',
    );
    expect(m.verdict, m.explanation).toBe('unverified');
  });
});

describe('the CLI takes the text date', () => {
  it('reads "last year" against --date, and refuses a date that is not one', async () => {
    const { runCli } = await import('../src/cli/cli.ts');
    const run = async (args: string[], stdin: string) => {
      let out = '';
      let err = '';
      const code = await runCli(args, {
        stdout: (t: string) => {
          out += t;
        },
        stderr: (t: string) => {
          err += t;
        },
        readStdin: () => Promise.resolve(Buffer.from(stdin)),
        stdinIsTTY: false,
      });
      return { code, out, err };
    };
    const text = 'China recalled 6.728 million defective vehicles last year.';
    const dated = await run(['check', '-', '--json', '--date', '2024-02-01'], text);
    expect(JSON.parse(dated.out).mentions[0].verdict).toBe('verified');
    const later = await run(['check', '-', '--json', '--date', '2026-03-20'], text);
    expect(JSON.parse(later.out).mentions[0].verdict).toBe('contradicted');
    const bad = await run(['check', '-', '--date', '2024-13-01'], text);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--date "2024-13-01" is not a real date/);
    const unwritten = await run(['check', '-', '--date', 'March 2024'], text);
    expect(unwritten.err).toMatch(/is not a date written YYYY-MM-DD/);
  });
});

describe('a release dated at its end, on a line of its own', () => {
  it('reads a date in Chinese numerals and an "Ends/" line', () => {
    const zh =
      '新聞公報\n\n截至今年八月底，內地CNAS認可各類機構逾1.9萬家。\n\n二〇二四年九月二十日（星期五）\n';
    expect(textTime(zh).date).toBe('2024-09-20');
    const en =
      'Press Release\n\nBy the end of August this year, CNAS had accredited 19,510 bodies.\n\nEnds/Friday, September 20, 2024\n';
    expect(textTime(en).date).toBe('2024-09-20');
    // (A date inside a sentence, past the dateline, is no date line.)
    const late = `Press Release\n\n${'Words of the release. '.repeat(25)}\nThe report of 20 September 2023 said so, and more.\n`;
    expect(textTime(late).date).toBeUndefined();
  });
});

describe("Taiwan's calendar", () => {
  it('reads 民國 dates and the date code a CNA story ends with', () => {
    expect(textTime('中華民國114年1月9日 新聞稿').date).toBe('2025-01-09');
    expect(textTime('（中央社記者林婉如台北9日電）……\n\n（編輯：陳政偉）1140109\n').date).toBe('2025-01-09');
  });
  it("takes a report's own date field over the trip dates listed before it", () => {
    const cover = '出國報告\n出國期間：113年11月18日至113年11月22日\n報告日期：114年2月12日\n\n去年底……';
    expect(textTime(cover).date).toBe('2025-02-12');
    expect(
      textTime('Trip: 18 November 2024 to 22 November 2024\nDate of report: 12 February 2025\n').date,
    ).toBe('2025-02-12');
    expect(textTime('Posted: March 20, 2025\nThe conference on March 19, 2025 …').date).toBe('2025-03-20');
    // (Only a field at a line's start with its colon: "dated" in a sentence is no field.)
    expect(textTime('BEIJING, May 5, 2024 -- The report, dated March 3, 2023, says …').date).toBe(
      '2024-05-05',
    );
  });
  it('takes no other seven digits for a date code', () => {
    expect(textTime('全年合計1140109件').date).toBeUndefined();
    expect(textTime('（編輯：陳政偉）1141309').date).toBeUndefined();
  });
});

describe('a line that quotes an earlier text, dated at its head', () => {
  it('reads the date: "We ran (March 2026):", "稿件（2025年3月）："', () => {
    const line = 'We ran (March 2026): "Emission recalls reached 37 by the end of last year."';
    expect(quotedLineDate(line, line.indexOf('37'))).toBe('2026-03-31');
    const zh = '原稿（2025年3月）：去年底累计实施排放召回37次。';
    expect(quotedLineDate(zh, zh.indexOf('37'))).toBe('2025-03-31');
    expect(quotedLineDate('In March 2026 (a Monday): 37', 30)).toBeUndefined();
  });

  it('resolves the quote\'s "last year" from its own date, not the text\'s', () => {
    // Cumulative emission recalls: 37 at the end of 2024, 50 at the end of 2025.
    const text =
      'Style guide, revised 14 October 2025.\n\nWe ran (March 2026): "Cumulative emission recalls reached 37 by the end of last year."\n';
    expect(verdictsOf(text)['37']).toBe('contradicted');
    expect(verdictsOf(text.replace('(March 2026)', '(March 2025)'))['37']).toBe('verified');
  });
});

describe('a comment signed with its timestamp at the end of its line (a talk page, a forum)', () => {
  const signed =
    ":Agree. Last year's emission recalls were 13 campaigns and about 580,000 vehicles. — Ruoxi.L (talk) 10:02, 23 March 2026 (UTC)";

  it('reads the date of the signature, for any number on the line', () => {
    expect(signedLineDate(signed, signed.indexOf('13'))).toBe('2026-03-23');
    // (A date the line speaks of, with no zone after it, signs nothing.)
    const spoken = 'The notice of 19 March 2026 gave 13 campaigns.';
    expect(signedLineDate(spoken, spoken.indexOf('13'))).toBeUndefined();
  });

  it('resolves the comment\'s "last year" from it (2025\'s 13 emission recalls)', () => {
    expect(verdictsOf(signed)).toMatchObject({ '13': 'verified', '580,000': 'approximate' });
    expect(verdictsOf(signed.replace('2026 (UTC)', '2025 (UTC)'))['13']).not.toBe('verified');
  });
});

describe('a document signed and dated at its end', () => {
  it('is of its signature date, though its head names an earlier date', () => {
    const text =
      '行政处罚决定书\n\n2024年10月12日，本局对当事人进行检查。\n\n……\n\n临江市市场监督管理局\n2025年5月20日\n';
    expect(textTime(text).date).toBe('2025-05-20');
    // (A date line that is earlier than the head's date does not move it back.)
    expect(textTime('2025年5月20日，本局检查。\n\n2024年1月3日\n').date).toBe('2025-05-20');
  });
});

describe('去年年底 and 前年年底', () => {
  it('are the end of that year, like 去年底', () => {
    // 截至2024年底 5.3万余家; 逾5.4万 was August 2024's count.
    const text =
      '临江市市场监督管理局\n当事人称，截至去年年底全国获得资质认定的检验检测机构逾5.4万家。\n2025年5月20日\n';
    expect(verdictsOf(text)['5.4万']).toBe('contradicted');
  });
});

describe('dates that do not date the text', () => {
  it('a fact line with a month in brackets is no quote', () => {
    const text =
      'Recall statistics, updated April 2025.\n\nVehicles recalled (December 2024): 11.237 million\n';
    expect(quotedLineDate(text, text.indexOf('11.237'))).toBeUndefined();
    expect(verdictsOf(text)['11.237 million']).toBe('verified');
  });

  it('a deadline at the end is no signature', () => {
    const text =
      'March 20, 2025\nLast year China recalled 11.237 million vehicles.\n\nComments are due by\nJanuary 8, 2026\n';
    expect(textTime(text).date).toBe('2025-03-20');
    expect(
      textTime('截至去年底，检验检测机构超过5.3万家。2025年3月20日\n\n下次发布时间：\n2026年3月1日\n').date,
    ).toBe('2025-03-20');
  });
});

describe('a month the text says it was published in', () => {
  it('dates a book, a textbook or a leaflet by the last day of that month', () => {
    expect(textTime('《商务汉语》\n（2025年9月第1版 / First edition, September 2025）\n').date).toBe(
      '2025-09-30',
    );
    expect(textTime('Recall Nation\nFirst published October 2025 by Meridian Press, London\n').date).toBe(
      '2025-10-31',
    );
    expect(textTime('儿童安全座椅使用说明书\n出版时间：2024年2月\n').date).toBe('2024-02-29');
    expect(textTime('Printed March 2024 in Shenzhen\n').date).toBe('2024-03-31');
    expect(textTime('Manufacturer: Ningbo Co. | Printed: October 2024 | Leaflet version C\n').date).toBe(
      '2024-10-31',
    );
  });

  it('is no date of a month a sentence reports on, or of a document the text mentions, and yields to a full date', () => {
    expect(textTime('BEIJING — In August 2024, China had 19,510 accredited bodies.').date).toBeUndefined();
    expect(
      textTime('市场监管总局2024年2月印发的《意见》实施一年多来，召回工作成效明显。').date,
    ).toBeUndefined();
    expect(textTime("SAMR's notice was issued in March 2025, a year ago.").date).toBeUndefined();
    expect(
      textTime('Our guide to the recall rules, last updated March 2023, is below.').date,
    ).toBeUndefined();
    expect(textTime('2023年5月第一次全体会议召开以来，工作稳步推进。').date).toBeUndefined();
    expect(textTime('First published October 2025\nLast accessed on Saturday 3 January 2026\n').date).toBe(
      '2026-01-03',
    );
  });
});

describe('a document signed with a place and a date at its end', () => {
  it('is of that date ("Hefei, 26 March 2026 / 合肥，2026年3月26日")', () => {
    const text =
      'VOLUNTARY ANNOUNCEMENT\n\nThe Company carried out two recalls last year.\n\nBy order of the Board\nHefei, 26 March 2026 / 合肥，2026年3月26日\n';
    expect(textTime(text).date).toBe('2026-03-26');
    expect(textTime('公告\n\n去年本公司实施召回2次。\n\n董事会\n合肥，2026年3月26日\n').date).toBe(
      '2026-03-26',
    );
  });
});
