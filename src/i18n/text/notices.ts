// Text of the notices and validation messages: a value the link gave that was not used, a parameter out of
// range, two parameters that clash. Built from the language-free codes (ParamIssue, LinkIssueDetail); the
// English is the app's one English wording of them (the CLIs word the same codes in cli/paramWords.ts).
import { PARAM_BY_ID, type ParamId, type ParamIssue, type ValueIssue } from '../../../workers/common/params';
import type { LinkIssueDetail } from '../../url/linkIssue';
import { echo, isTokenLike } from '../../../workers/common/echo';
import { defineText } from '../defineText';
import type { Locale } from '../locale';
import { formatPlain } from '../numbers';
import { paramText, unitLabel } from './params';

/**
 * An untrusted value (already bounded by echo()) as a message shows it: quoted when it is a short id or number
 * ("abc", "1e400", "de"); otherwise only described ("a text of 40 characters"), so a link cannot put a sentence
 * ("Your account is locked. Call …") on the page in the app's own voice.
 */
export function quoteValue(raw: string, locale: Locale): string {
  const t = noticesText[locale];
  if (raw === '' || /^[\p{L}\p{N}._+,:-]{1,40}$/u.test(raw)) return t.quoted(raw);
  const cut = raw.endsWith('…');
  return t.textOfLength(cut ? raw.length - 1 : raw.length, cut);
}

/** A number as a language writes it in a message (Intl): "0.5" in English, "0,5" in German. */
const de = (v: number) => formatPlain(v, 'de');
const zh = (v: number) => formatPlain(v, 'zh');

export const noticesText = defineText({
  en: {
    dismiss: 'Dismiss',
    /** Between the sentences of several issues in one message. */
    issueSeparator: '; ',
    /** A short untrusted value, quoted the language's way. */
    quoted: (raw: string) => `"${raw}"`,
    /** A longer untrusted value, only described (`more`: it was cut to `chars` characters). */
    textOfLength: (chars: number, more: boolean) => `a text of ${more ? 'more than ' : ''}${chars} characters`,
    /** The allowed values of a choice parameter, and of a number parameter (`unit` with its leading space). */
    oneOf: (values: string) => `one of ${values}`,
    numberRange: (min: string, max: string, unit: string, whole: boolean) =>
      `a number from ${min} to ${max}${unit}${whole ? ' (whole number)' : ''}`,
    dismissAbout: (key: string) => `Dismiss message about ${key}`,
    notUsedFromLink: (what: string) => `Not used from the link: ${what}.`,
    unknownParameter: (name: string) => `Unknown parameter ${name}`,
    /** `label (id): why; expected range`. */
    badValue: (label: string, id: string, why: string, range: string) => `${label} (${id}): ${why}; expected ${range}`,
    why: {
      'not-an-option': (raw: string) => `${raw} is not an option`,
      'not-a-number': (raw: string) => `${raw} is not a number`,
      'not-finite': (v: number) => `${v} is not a finite number`,
      'out-of-range': (v: number) => `${v} is out of range`,
      'not-whole': (v: number) => `${v} is not a whole number`,
    },
    qdPhotonDistribution: (mu: number, g2: number) =>
      `Mean photon number (meanPhotonNumber) ${mu} with g2(0) ${g2} gives no valid photon-number ` +
      `distribution for a quantum dot (need p1 = μ − g2·μ² ≥ 0 and p1 + p2 ≤ 1, i.e. μ ` +
      `≤ 1 for small g2)`,
    decoyProbabilities: (decoy: number, signal: number) =>
      `Decoy probability (decoyProbability) ${decoy} plus signal probability ${signal} exceeds 1`,
    decoyNotBelowSignal: (nu: number, mu: number) =>
      `Decoy mean photon number (decoyMeanPhotonNumber) ${nu} must be below the signal's ${mu}`,
    eveBeyondFiber: (eveKm: number, fiberKm: number) =>
      `Eve's position (evePositionKm) ${eveKm} km is beyond the end of the ${fiberKm} km ` +
      `fiber; expected 0 to ${fiberKm} km`,
    darkClicksPerPulse: (perPulse: number) =>
      `Dark count rate (darkCountRateHz) × detection window gives ${perPulse.toPrecision(3)} ` +
      `dark clicks per pulse; at most 0.5 is allowed`,
    windowLongerThanPeriod: (windowS: number, rateHz: number) =>
      `Detection window (detectionWindowS) ${windowS} s is longer than the pulse period 1/${rateHz} Hz`,
    keeping: (issue: string, value: string) => `${issue}; keeping ${value}`,
    keepingParam: (clash: string, label: string, id: string, value: string) =>
      `${clash}; keeping ${label} (${id}) at ${value}`,
    badPreset: (raw: string, known: string) =>
      `Preset (preset): ${raw} is not a known preset (one of ${known}); using the default link`,
    badSeed: (raw: string, max: number, fallback: number) =>
      `Seed (seed): ${raw} is not a whole number from 0 to ${max}; using seed ${fallback}`,
    unknownKey: (key: string) => `Unknown URL parameter ${key} ignored`,
    badLesson: (raw: string, known: string) => `Lesson (lesson): "${raw}" is not a lesson; known lessons are ${known}`,
    /**
     * A lesson value that is not even id-like (spaces, a sentence): not quoted, so a link cannot put words on the
     * page.
     */
    badLessonUnquoted: (chars: number, known: string) =>
      `Lesson (lesson): the link names no lesson (a text of ${chars} characters); known lessons are ${known}`,
    repeatedKey: (key: string, count: number) => `${key} is given ${count} times; a repeated key is not used at all`,
    moreIssues: (count: number) => `${count} more values of the link were not used either`,
    updateWaiting: 'A new version of QKD Lab is ready.',
    buildChanged: 'QKD Lab was updated on the server; this page needs the new version to go on.',
    reload: 'Reload',
    reloadHint: 'Reload now (a run in progress ends)',
    framed: "QKD Lab does not run inside another site's page.",
    openOwnTab: 'Open QKD Lab in its own tab',
    badKiosk: (raw: string) => `Kiosk mode (kiosk): ${raw} is not 1 or 0`,
    badAllowLinks: (raw: string) => `Links out (allowLinks): ${raw} is not true or false`,
    badPresenter: (raw: string) => `Presenter view (presenter): ${raw} is not 1 or 0; showing the normal view`,
    badIdleSeconds: (raw: string, min: number, max: number, fallback: number) =>
      `Idle time (idleSeconds): ${raw} is not a number of seconds from ${min} to ${max}; using ${fallback} s`,
    badColourProfile: (raw: string, known: string) =>
      `Colour profile (colorProfile): ${raw} is not one of ${known}; using the system colours`,
    badLanguage: (raw: string, known: string) =>
      `Language (lang): ${raw} is not a language QKD Lab speaks; known are ${known}`,
  },
  de: {
    dismiss: 'Schließen',
    issueSeparator: '; ',
    quoted: (raw) => `„${raw}“`,
    textOfLength: (chars, more) => `ein Text aus ${more ? 'mehr als ' : ''}${chars} Zeichen`,
    oneOf: (values) => `einer der Werte ${values}`,
    numberRange: (min, max, unit, whole) => `${whole ? 'eine ganze Zahl' : 'eine Zahl'} von ${min} bis ${max}${unit}`,
    dismissAbout: (key) => `Hinweis zu ${key} schließen`,
    notUsedFromLink: (what) => `Aus dem Link nicht übernommen: ${what}.`,
    unknownParameter: (name) => `Unbekannter Parameter ${name}`,
    badValue: (label, id, why, range) => `${label} (${id}): ${why}; erwartet wird ${range}`,
    why: {
      'not-an-option': (raw) => `${raw} ist keine der Optionen`,
      'not-a-number': (raw) => `${raw} ist keine Zahl`,
      'not-finite': (v) => `${de(v)} ist keine endliche Zahl`,
      'out-of-range': (v) => `${de(v)} liegt außerhalb des Bereichs`,
      'not-whole': (v) => `${de(v)} ist keine ganze Zahl`,
    },
    qdPhotonDistribution: (mu, g2) =>
      `Mittlere Photonenzahl (meanPhotonNumber) ${de(mu)} ergibt mit g2(0) ${de(g2)} keine ` +
      `gültige Photonenzahlverteilung für einen Quantenpunkt (nötig sind p1 = μ − g2·μ² ` +
      `≥ 0 und p1 + p2 ≤ 1, also μ ≤ 1 bei kleinem g2)`,
    decoyProbabilities: (decoy, signal) =>
      `Decoy-Anteil (decoyProbability) ${de(decoy)} plus Signalanteil ${de(signal)} ist größer als 1`,
    decoyNotBelowSignal: (nu, mu) =>
      `Mittlere Photonenzahl der Decoys (decoyMeanPhotonNumber) ${de(nu)} muss unter der ` +
      `des Signals (${de(mu)}) liegen`,
    eveBeyondFiber: (eveKm, fiberKm) =>
      `Eves Position (evePositionKm) ${de(eveKm)} km liegt hinter dem Ende der ${de(fiberKm)} ` +
      `km langen Faser; erwartet wird eine Zahl von 0 bis ${de(fiberKm)} km`,
    darkClicksPerPulse: (perPulse) =>
      `Dunkelzählrate (darkCountRateHz) × Detektionsfenster ergibt ${de(Number(perPulse.toPrecision(3)))} ` +
      `Dunkelklicks pro Puls; erlaubt sind höchstens 0,5`,
    windowLongerThanPeriod: (windowS, rateHz) =>
      `Detektionsfenster (detectionWindowS) ${de(windowS)} s ist länger als die Pulsperiode 1/${de(rateHz)} Hz`,
    keeping: (issue, value) => `${issue}; der Wert bleibt ${value}`,
    keepingParam: (clash, label, id, value) => `${clash}; ${label} (${id}) bleibt bei ${value}`,
    badPreset: (raw, known) =>
      `Voreinstellung (preset): ${raw} ist keine bekannte Voreinstellung (bekannt sind ` +
      `${known}); verwendet wird die Standardstrecke`,
    badSeed: (raw, max, fallback) =>
      `Seed (seed): ${raw} ist keine ganze Zahl von 0 bis ${max}; verwendet wird Seed ${fallback}`,
    unknownKey: (key) => `Unbekannter URL-Parameter ${key} ignoriert`,
    badLesson: (raw, known) => `Lektion (lesson): „${raw}“ ist keine Lektion; bekannt sind ${known}`,
    badLessonUnquoted: (chars, known) =>
      `Lektion (lesson): der Link nennt keine Lektion (ein Text aus ${chars} Zeichen); bekannt sind ${known}`,
    repeatedKey: (key, count) =>
      `${key} steht ${count}-mal im Link; ein wiederholter Schlüssel wird gar nicht verwendet`,
    moreIssues: (count) => `${count} weitere Werte des Links wurden ebenfalls nicht übernommen`,
    updateWaiting: 'Eine neue Version von QKD Lab ist bereit.',
    buildChanged:
      'QKD Lab wurde auf dem Server aktualisiert; diese Seite braucht die neue Version, um weiterzuarbeiten.',
    reload: 'Neu laden',
    reloadHint: 'Jetzt neu laden (ein laufender Lauf endet)',
    framed: 'QKD Lab läuft nicht innerhalb der Seite einer anderen Website.',
    openOwnTab: 'QKD Lab in einem eigenen Tab öffnen',
    badKiosk: (raw) => `Kioskmodus (kiosk): ${raw} ist weder 1 noch 0`,
    badAllowLinks: (raw) => `Links nach außen (allowLinks): ${raw} ist weder true noch false`,
    badPresenter: (raw) =>
      `Präsentationsansicht (presenter): ${raw} ist weder 1 noch 0; gezeigt wird die normale Ansicht`,
    badIdleSeconds: (raw, min, max, fallback) =>
      `Leerlaufzeit (idleSeconds): ${raw} ist keine Sekundenzahl von ${min} bis ${max}; verwendet werden ${fallback} s`,
    badColourProfile: (raw, known) =>
      `Farben (colorProfile): ${raw} ist keiner der Werte ${known}; verwendet werden die Systemfarben`,
    badLanguage: (raw, known) => `Sprache (lang): ${raw} ist keine Sprache, die QKD Lab spricht; bekannt sind ${known}`,
  },
  zh: {
    dismiss: '关闭',
    issueSeparator: '；',
    quoted: (raw) => `“${raw}”`,
    textOfLength: (chars, more) => `一段${more ? '超过 ' : ' '}${chars} 个字符的文本`,
    oneOf: (values) => `以下值之一：${values}`,
    numberRange: (min, max, unit, whole) => `介于 ${min} 至 ${max}${unit} 之间的${whole ? '整数' : '数'}`,
    dismissAbout: (key) => `关闭关于 ${key} 的消息`,
    notUsedFromLink: (what) => `链接中的以下内容未被采用：${what}。`,
    unknownParameter: (name) => `未知参数 ${name}`,
    badValue: (label, id, why, range) => `${label}（${id}）：${why}；应为${range}`,
    why: {
      'not-an-option': (raw) => `${raw} 不是可选项`,
      'not-a-number': (raw) => `${raw} 不是数字`,
      'not-finite': (v) => `${zh(v)} 不是有限数`,
      'out-of-range': (v) => `${zh(v)} 超出范围`,
      'not-whole': (v) => `${zh(v)} 不是整数`,
    },
    qdPhotonDistribution: (mu, g2) =>
      `平均光子数（meanPhotonNumber）${zh(mu)} 与 g2(0) ${zh(g2)} 无法构成量子点的有效光子数分布` +
      `（需要 p1 = μ − g2·μ² ≥ 0 且 p1 + p2 ≤ 1，即 g2 较小时 μ ≤ 1）`,
    decoyProbabilities: (decoy, signal) =>
      `诱骗态比例（decoyProbability）${zh(decoy)} 加信号态比例 ${zh(signal)} 超过 1`,
    decoyNotBelowSignal: (nu, mu) => `诱骗态平均光子数（decoyMeanPhotonNumber）${zh(nu)} 必须小于信号态的 ${zh(mu)}`,
    eveBeyondFiber: (eveKm, fiberKm) =>
      `Eve 的位置（evePositionKm）${zh(eveKm)} km 超出了 ${zh(fiberKm)} km 光纤的末端；应为 0 至 ${zh(fiberKm)} km`,
    darkClicksPerPulse: (perPulse) =>
      `暗计数率（darkCountRateHz）× 探测时间窗得到每个脉冲 ${zh(Number(perPulse.toPrecision(3)))} 次暗计数；` +
      `最多允许 0.5`,
    windowLongerThanPeriod: (windowS, rateHz) =>
      `探测时间窗（detectionWindowS）${zh(windowS)} s 比脉冲周期 1/${zh(rateHz)} Hz 还长`,
    keeping: (issue, value) => `${issue}；保持 ${value}`,
    keepingParam: (clash, label, id, value) => `${clash}；${label}（${id}）保持为 ${value}`,
    badPreset: (raw, known) => `预设（preset）：${raw} 不是已知的预设（已知的有 ${known}）；使用默认链路`,
    badSeed: (raw, max, fallback) => `随机种子（seed）：${raw} 不是 0 至 ${max} 之间的整数；使用种子 ${fallback}`,
    unknownKey: (key) => `已忽略未知的 URL 参数 ${key}`,
    badLesson: (raw, known) => `课程（lesson）：“${raw}”不是课程；已知的课程有 ${known}`,
    badLessonUnquoted: (chars, known) =>
      `课程（lesson）：链接中没有指明课程（一段 ${chars} 个字符的文本）；已知的课程有 ${known}`,
    repeatedKey: (key, count) => `${key} 在链接中出现了 ${count} 次；重复的键完全不予采用`,
    moreIssues: (count) => `链接中另有 ${count} 个值也未被采用`,
    updateWaiting: 'QKD Lab 的新版本已就绪。',
    buildChanged: '服务器上的 QKD Lab 已更新；本页需要新版本才能继续。',
    reload: '重新加载',
    reloadHint: '立即重新加载（正在进行的运行会结束）',
    framed: 'QKD Lab 不能在其他网站的页面中运行。',
    openOwnTab: '在单独的标签页中打开 QKD Lab',
    badKiosk: (raw) => `展台模式（kiosk）：${raw} 既不是 1 也不是 0`,
    badAllowLinks: (raw) => `外部链接（allowLinks）：${raw} 既不是 true 也不是 false`,
    badPresenter: (raw) => `演示视图（presenter）：${raw} 既不是 1 也不是 0；显示普通视图`,
    badIdleSeconds: (raw, min, max, fallback) =>
      `空闲时间（idleSeconds）：${raw} 不是 ${min} 至 ${max} 之间的秒数；使用 ${fallback} s`,
    badColourProfile: (raw, known) => `配色（colorProfile）：${raw} 不是 ${known} 之一；使用系统配色`,
    badLanguage: (raw, known) => `语言（lang）：QKD Lab 不支持 ${raw} 这种语言；已知的有 ${known}`,
  },
});

/** The allowed values of a parameter: "a number from 0 to 400 km" (the CLIs use the English one too). */
export function describeParamRange(id: ParamId, locale: Locale): string {
  const spec = PARAM_BY_ID[id];
  const t = noticesText[locale];
  if (spec.kind === 'choice') return t.oneOf(spec.options.map((o) => o.value).join(', '));
  const unit = spec.unit ? ` ${unitLabel(spec.unit, locale)}` : '';
  return t.numberRange(formatPlain(spec.min, locale), formatPlain(spec.max, locale), unit, spec.integer === true);
}

/** A parameter value in a message: "120 km", "0,5", "qd". */
export function describeParamValue(id: ParamId, value: number | string, locale: Locale): string {
  const spec = PARAM_BY_ID[id];
  const shown = typeof value === 'number' ? formatPlain(value, locale) : value;
  return spec.kind === 'number' && spec.unit ? `${shown} ${unitLabel(spec.unit, locale)}` : shown;
}

/** Several ParamIssues in one message, joined the language's way. */
export function describeParamIssues(issues: readonly ParamIssue[], locale: Locale): string {
  return issues.map((i) => describeParamIssue(i, locale)).join(noticesText[locale].issueSeparator);
}

/** A ParamIssue in a language: every code has its sentence (no default branch, so a new code fails the type check). */
export function describeParamIssue(issue: ParamIssue, locale: Locale): string {
  const t = noticesText[locale];
  switch (issue.code) {
    case 'unknown-parameter':
      return t.unknownParameter(quoteValue(echo(issue.param), locale));
    case 'qd-photon-distribution':
      return t.qdPhotonDistribution(issue.meanPhotonNumber, issue.g2Zero);
    case 'decoy-probabilities':
      return t.decoyProbabilities(issue.decoyProbability, issue.signalProbability);
    case 'decoy-not-below-signal':
      return t.decoyNotBelowSignal(issue.decoyMeanPhotonNumber, issue.meanPhotonNumber);
    case 'eve-beyond-fiber':
      return t.eveBeyondFiber(issue.evePositionKm, issue.fiberLengthKm);
    case 'dark-clicks-per-pulse':
      return t.darkClicksPerPulse(issue.darkClicksPerPulse);
    case 'window-longer-than-period':
      return t.windowLongerThanPeriod(issue.detectionWindowS, issue.repetitionRateHz);
    case 'not-an-option':
    case 'not-a-number':
    case 'not-finite':
    case 'out-of-range':
    case 'not-whole':
      return t.badValue(
        paramText[locale][issue.param].label,
        issue.param,
        describeWhy(issue, locale),
        describeParamRange(issue.param, locale),
      );
  }
}

/** Why one value was refused, without the parameter's label and range. */
export function describeWhy(issue: ValueIssue, locale: Locale): string {
  const why = noticesText[locale].why;
  switch (issue.code) {
    case 'not-an-option':
    case 'not-a-number':
      return why[issue.code](quoteValue(echo(issue.raw), locale));
    case 'not-finite':
    case 'out-of-range':
    case 'not-whole':
      return why[issue.code](issue.value);
  }
}

/** What a link issue says, without the "Not used from the link" frame. */
export function describeLinkIssue(detail: LinkIssueDetail, locale: Locale): string {
  const t = noticesText[locale];
  switch (detail.code) {
    case 'bad-preset':
      return t.badPreset(quoteValue(echo(detail.raw), locale), detail.known.join(', '));
    case 'bad-seed':
      return t.badSeed(quoteValue(echo(detail.raw), locale), detail.max, detail.fallback);
    case 'unknown-key':
      return t.unknownKey(quoteValue(echo(detail.key), locale));
    case 'bad-value':
      return t.keeping(describeParamIssue(detail.issue, locale), describeParamValue(detail.id, detail.kept, locale));
    case 'clash':
      return t.keepingParam(
        describeParamIssue(detail.clash, locale),
        paramText[locale][detail.culprit].label,
        detail.culprit,
        describeParamValue(detail.culprit, detail.kept, locale),
      );
    case 'bad-lesson':
      return detail.raw !== null && isTokenLike(detail.raw)
        ? t.badLesson(detail.raw, detail.known.join(', '))
        : t.badLessonUnquoted(detail.chars, detail.known.join(', '));
    case 'bad-flag':
      return detail.key === 'kiosk'
        ? t.badKiosk(quoteValue(echo(detail.raw), locale))
        : detail.key === 'allowLinks'
          ? t.badAllowLinks(quoteValue(echo(detail.raw), locale))
          : t.badPresenter(quoteValue(echo(detail.raw), locale));
    case 'bad-idle-seconds':
      return t.badIdleSeconds(quoteValue(echo(detail.raw), locale), detail.min, detail.max, detail.fallback);
    case 'bad-colour-profile':
      return t.badColourProfile(quoteValue(echo(detail.raw), locale), detail.known.join(', '));
    case 'bad-language':
      return t.badLanguage(quoteValue(echo(detail.raw), locale), detail.known.join(', '));
    case 'repeated-key':
      return t.repeatedKey(quoteValue(echo(detail.key), locale), detail.count);
    case 'more-issues':
      return t.moreIssues(detail.count);
  }
}

/** The whole notice: "Not used from the link: …." */
export function linkNoticeText(detail: LinkIssueDetail, locale: Locale): string {
  return noticesText[locale].notUsedFromLink(describeLinkIssue(detail, locale));
}
