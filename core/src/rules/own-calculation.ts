/**
 * The writer's own working-out or data, said of a number or a column: "our calculation", "my own
 * estimate", "my own division", "by our count", "in our own survey", "by Bloomberg's calculation"
 * (the outlet's own; not "by SAMR's own estimate", the source's), "let me compute", 本报计算, 按我局测算.
 * Such numbers are no quotes of an official figure.
 */
export const OWN_CALCULATION_RE =
  /\blet\s+me\s+(?:compute|calculate|work\s+(?:it|that|this)\s+out|do\s+the\s+maths?)\b|\b(?:our|my)\s+(?:own\s+)?(?:calculations?|estimates?|arithmetic|division|maths?|sums|reckoning)\b|\bby\s+(?:my|our)\s+(?:own\s+)?count\b|\b(?:in|from|by)\s+(?:my|our)\s+(?:own\s+)?(?:survey|poll|questionnaire|sample)\b|\bby\s+(?!(?:the\s+)?(?:SAMR|CNCA|CNAS|SCIO|regulators?|administration|agency|authorities|government|ministry|bureau)(?:'s|’s))(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:'s|’s)\s+(?:own\s+)?(?:calculations?|estimates?|count|reckoning|arithmetic|tally)\b|(?:本报|本報|本刊|笔者|筆者|记者|記者|自行|我局|本局|我们|我們)(?:的)?(?:计算|計算|测算|測算|推算|估算)/i;
