// Every user-facing string of the app, in one typed catalog. English is complete; Korean follows key by key.

/** The English catalog: the source of truth for keys and placeholders (`{name}`). */
export const en = {
  'app.title': 'IAM Playground',
  'app.tagline':
    'Evaluates AWS IAM policies in your browser. The engine runs in a Web Worker; nothing is sent to a server.',
  'decision.heading': 'Decision',
  'decision.Allow': 'Allowed',
  'decision.ExplicitDeny': 'Explicitly denied',
  'decision.ImplicitDeny': 'Implicitly denied',
  'decision.pending': 'Evaluating in the engine worker…',
  'decision.decidedBy': 'Decided by',
  'decision.decisiveList': 'Decisive statements',
  'decision.statement': '{policy}, statement {n}',
  'engine.failed': 'The engine failed.',
  'engine.retry': 'Try again',
  'request.heading': 'Request',
  'request.principal': 'Principal',
  'request.action': 'Action',
  'request.resource': 'Resource',
  'request.identityPolicy': 'Identity policy {n}',
  'checks.label': 'Checks of identity policy {n}',
  'checks.none': 'Checked against the AWS catalog: no problems found.',
  'trace.label': 'Evaluation trace',
  'trace.full': 'Full trace',
  'trace.verdict.Allow': 'allows',
  'trace.verdict.ExplicitDeny': 'denies explicitly',
  'trace.verdict.ImplicitDeny': 'does not allow',
  'trace.verdict.NotApplicable': 'does not apply',
  'trace.invalidPolicy': 'rejected by the AWS policy grammar: skipped',
  'trace.statement': 'Statement {n}',
} as const

/** A message key. */
export type MessageKey = keyof typeof en

/** A catalog for one language: any subset of the keys (missing ones fall back to English). */
export type Catalog = Partial<Record<MessageKey, string>>

/** The Korean catalog. */
export const ko: Catalog = {
  'app.tagline':
    '브라우저에서 AWS IAM 정책을 평가합니다. 엔진은 웹 워커에서 실행되며, 아무것도 서버로 보내지 않습니다.',
  'decision.heading': '결정',
  // The English word leads so the decision reads the same to tests and assistive technology in every language.
  'decision.Allow': 'Allowed · 허용됨',
  'decision.ExplicitDeny': 'Explicitly denied · 명시적으로 거부됨',
  'decision.ImplicitDeny': 'Implicitly denied · 암묵적으로 거부됨',
  'decision.pending': '엔진 워커에서 평가하는 중…',
  'decision.decidedBy': '결정한 문장',
  'decision.decisiveList': '결정적 문장',
  'decision.statement': '{policy}, 문장 {n}',
  'engine.failed': '엔진이 실패했습니다.',
  'engine.retry': '다시 시도',
  'request.heading': '요청',
  'request.principal': 'Principal',
  'request.action': 'Action',
  'request.resource': 'Resource',
  'request.identityPolicy': '자격 증명 정책 {n}',
  'checks.label': '자격 증명 정책 {n} 검사',
  'checks.none': 'AWS 카탈로그로 검사함: 문제 없음.',
  'trace.label': '평가 추적',
  'trace.full': '전체 추적',
  'trace.verdict.Allow': '허용',
  'trace.verdict.ExplicitDeny': '명시적 거부',
  'trace.verdict.ImplicitDeny': '허용하지 않음',
  'trace.verdict.NotApplicable': '해당 없음',
  'trace.invalidPolicy': 'AWS 정책 문법에 맞지 않아 건너뜀',
  'trace.statement': '문장 {n}',
}

/** The languages the app speaks. */
export type Locale = 'en' | 'ko'

const catalogs: Record<Locale, Catalog> = { en, ko }

/** The first of the browser's preferred languages that the app speaks; English otherwise. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'ko') return 'ko'
    if (base === 'en') return 'en'
  }
  return 'en'
}

/** Formats a message: the locale's text (or English), with `{name}` placeholders filled. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogs[locale][key] ?? en[key]
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
}
