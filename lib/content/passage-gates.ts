import { plainText, sentences, visualLength } from "./markdown-text";
import { isShellCommand } from "./option-text";

// Gates on a passage shown in a "which question does this answer" stem, and on an item head asked
// about as a term: a candidate that fails one is not asked rather than asked weakly.

/**
 * "合成工具推荐：text_renderer", "权限检查: 连接时检查全局权限": a list item's head and a short value
 * (shorter than minLength) is a label, not a sentence; "tracepoint：在内核中的一些重要事件…" says enough.
 */
const LABEL = /^[^，,。；;：:!?！？]{1,12}\s*[:：](?!\d)\s*(?=\S)/;

/** "中文模型共有2大类：通用模型和超轻量模型": a count before the colon makes it a sentence naming its parts. */
const COUNTS = /(?:\d|[一二两三四五六七八九十几])\s*(?:大类|类|种|个|点|步|方面|kinds?|types?|ways?|parts?)/i;

export function isLabelledValue(passage: string, minLength: number): boolean {
  const label = LABEL.exec(passage);
  return label !== null && !COUNTS.test(label[0]) && visualLength(passage.slice(label[0].length)) < minLength;
}

/** "他们各自的优势如下：超轻量模型…": the passage announces its own list, and so starts mid-thought. */
const ANNOUNCES = /(?:如下|以下|下列|as follows|the following)\s*[:：]/i;

export function announcesList(passage: string): boolean {
  return ANNOUNCES.test(passage);
}

/**
 * "当出现以下错误信息时，请检查你的 nodejs 版本号", "目前发现这个原因可能有以下几种", "using the following shell script":
 * the passage leans on something shown next to it in the answer (an error, a list, a script), not in the stem.
 * ("1.0以下版本" is a version range, not a pointer.)
 */
const POINTS_AT_NEIGHBOUR =
  /(?<![\d.]\s*)以下|如下|下面的?|下列|上述|上面的?|前面提到|\bthe (?:following|above|below)\b|\b(?:as|shown|listed|described|explained|see) (?:below|above)\b|\b(?:below|above)[:：.]?\s*$/i;

export function pointsAtNeighbour(passage: string): boolean {
  return POINTS_AT_NEIGHBOUR.test(passage);
}

/**
 * "…提供完善的opt工具，可以" (the pointer after it cut away): a modal or verb still waiting for what it
 * governs; "…两种文本，这类情况下": a setting still waiting for what happens in it.
 */
const WAITS_FOR_OBJECT =
  /(?:^|[，,；;、\s])(?:可以|可|能够?|需要|请|建议|推荐|应该|应当|您|你|也|并|则|就)\s*$|(?:情况|条件|前提|场景)下\s*$|\b(?:do|run|use|type|try|with|to|the|an?|of|for|as|can(?:'t|not)?|won't|don't|doesn't|will|should|must)\s*$/i;

// "To see more condensed documentation (one line per flag)": a purpose without what to do for it.
const BARE_PURPOSE = /^(?:in order )?to\s+\w+[^,;:]*$/i;

/** "…, do" (the command cut away), "Using ripgrep alone, you can't": a word still waiting for what it governs. */
export function waitsForObject(passage: string): boolean {
  return BARE_PURPOSE.test(passage.trim()) || WAITS_FOR_OBJECT.test(passage);
}

/** "此外，…", "Besides, …": an aside the answer adds after its point; it does not answer the question. */
const ASIDE_BEFORE =
  /(?:此外|另外|除此之外|除此以外|顺便|附带|\b(?:also|besides|in addition|additionally)\b)[，,、:：]?\s*$/i;

/** "注：…下文统称为本地", "Note: …": a side note, often about the text around it, not the answer. */
const NOTE_BEFORE = /(?:^|[\s。.!！?？>])\**(?:注|备注|附注|ps|p\.s\.|note|n\.b\.)\**\s*[:：]\**\s*$/i;

/** Whether the passage, found in the answer's text, follows an aside or a note marker. */
export function isAside(passage: string, answerText: string): boolean {
  const at = answerText.indexOf(passage.slice(0, 12));
  const before = answerText.slice(Math.max(0, at - 16), at);
  return at > 0 && (ASIDE_BEFORE.test(before) || NOTE_BEFORE.test(before));
}

// "Click the menubar icon and choose Quit", "Make a backup of your data", "确保您的地图与游戏版本兼容": an order.
const ORDER =
  /^(?:please\s+)?(?:click|right-click|double-click|tap|open|close|select|choose|navigate|press|type|enter|find|search|scroll|check|uncheck|tick|make|ensure|make sure|copy|move|delete|remove|restart|wait|sync\w*|synchroni[sz]e|log ?in|sign in|do|repeat)\b|^(?:请)?(?:点击|单击|双击|打开|关闭|选择|进入|按|输入|确保|确认|复制|移动|删除|重启|等待|登录)/i;

/**
 * A step of a procedure or an item of a checklist ("2. Click on Configure and open the Advanced tab", "- Check your
 * username and password"), said as an order: out of its list it says nothing of what it is for, so any question
 * could be its own.
 */
export function isListedOrder(passage: string, answer: string): boolean {
  if (!ORDER.test(passage)) return false;
  const start = passage.slice(0, 16);
  const listed = answer
    .split("\n")
    .some((line) => /^\s*(?:[-*+]|\d{1,2}[.)、])\s+/.test(line) && plainText(line).includes(start));
  if (listed) return true;
  // "Open the Control Panel… Click on Configure and open the Advanced tab. Search through…": steps told as prose.
  const said = sentences(plainText(answer).replace(/\s+/g, " "));
  const at = said.findIndex((x) => x.includes(start));
  return at >= 0 && [said[at - 1], said[at + 1]].some((x) => x !== undefined && ORDER.test(x));
}

/** "RC vs RR", "With ICP 与 Without ICP 对比": a head comparing two things defines neither. */
const COMPARES = /\bvs\.?\b|\bversus\b|对比|比较|[与和跟].+(?:区别|不同)/i;

export function isComparisonHead(term: string): boolean {
  return COMPARES.test(term);
}

/**
 * "MySQL 8.0", "MySQL 8.0.20+ 优化", "InnoDB 改良": a head naming a version or what changed in one
 * heads a part of the answer ("in 8.0, …"); asked "what does it mean", it has no definition.
 */
const VERSION_OR_CHANGE = /\d+\.\d+|\bv\d+\b|\d\+|(?:改良|改进|优化|变化|变更|改动|新特性|新功能|新增)$/i;

export function isVersionOrChangeHead(term: string): boolean {
  return VERSION_OR_CHANGE.test(term.trim());
}

/** "MySQL 8.0: 默认 LOGICAL_CLOCK…": a passage under a version's label is an aside on that version. */
export function opensWithVersionLabel(passage: string): boolean {
  const label = LABEL.exec(passage);
  return label !== null && isVersionOrChangeHead(label[0].replace(/[:：\s]+$/, ""));
}

// "需要使用 4.1.0 或更高版本", "Requires version 2.3 or later": a version to have, which many a how-to also needs.
const ONLY_A_VERSION =
  /^(?:需要|须|必须|请)?(?:使用|升级到|升级至)?\s*v?\d+(?:\.\d+)*\s*(?:或更高|或以上|及以上|以上)(?:的)?版本$|^(?:(?:it )?requires|you need|use|upgrade to) (?:version |v)?\d+(?:\.\d+)* or (?:later|higher|newer|above)$/i;

export function isOnlyAVersion(passage: string): boolean {
  return ONLY_A_VERSION.test(passage.trim().replace(/[。.]$/, ""));
}

/** "If your version is 3.2 or higher and you're still getting a black screen": a condition whose outcome was cut off. */
const CONDITION = /^(?:if|when|whenever|unless|如果|若|假如|倘若|当)/i;

export function isBareCondition(passage: string): boolean {
  return CONDITION.test(passage.trim()) && !/[,;，；:：]/.test(passage);
}

/**
 * "，通过得到的 VGroup id 去…": a passage opening on punctuation starts mid-sentence, one in parentheses is a remark; "1，edit /etc/nginx/x.conf" and
 * "相同 issue：#15572、#16436": paths, addresses and issue numbers with hardly a word around them point at nothing.
 */
export function isFragmentOrReferences(passage: string): boolean {
  const text = passage.trim().replace(/^\d{1,2}[，,、.)]\s*/, "");
  // "（除非重新安装 SimpTab）": a parenthesis alone is a remark on the sentence before it.
  if (/^[，,、；;：:.)）]/.test(text) || /^[（(][^（()）]*[)）][。.]?$/.test(text)) return true;
  const words = text
    .replace(/https?:[\x21-\x7e]+|[\w.~-]*[/\\][\w./\\~#-]*|#\d+|\b\d[\d.]*\b/g, " ")
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();
  const latin = words.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const cjk = words.match(/[\u3400-\u9fff]/g) ?? [];
  return latin.length + cjk.length / 2 < 4;
}

/** "…对 llm_model_dict 参数进行修改，如把 llm_model_dict从": a sentence cut where the code it led into began. */
export function endsBeforeItsCode(passage: string): boolean {
  return /(?:从|把|将|向|如|例如|比如)\s*$/.test(passage.trim());
}

/** "Restarting the container: docker compose restart": a step's label and its command say nothing of the problem. */
export function isLabelledCommand(passage: string): boolean {
  const command = /^[^:：]{3,40}[:：]\s*(.+)$/.exec(passage.trim())?.[1];
  return command !== undefined && isShellCommand(command);
}

/**
 * "Microsoft Azure Active Directory Forums", "RFC 7515 - JSON Web Signature (JWS)" (a link's text), "Cannot read
 * properties of undefined" (a code span): a name or a message the answer lists, not a sentence of it.
 */
export function isOnlyALinkOrCode(passage: string, answer: string): boolean {
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const names = [...answer.matchAll(/(?<!!)\[([^\]]+)\]\([^)]*\)|(`+)([^`]+?)\2/g)].map((m) => key(m[1] ?? m[3]!));
  const said = key(passage);
  return said.length > 0 && names.includes(said);
}
