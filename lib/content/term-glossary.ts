import { englishStem } from "./similarity";

// Common technical terms with their usual Chinese renderings: a passage that says 图标 where the right
// question says "icon" gives it away as surely as the same word would.
const PAIRS: [string, string[]][] = [
  ["icon", ["图标"]],
  ["ref", ["引用"]],
  ["reference", ["引用"]],
  ["locale", ["语言包", "区域设置", "本地化"]],
  ["i18n", ["国际化"]],
  ["queue", ["队列"]],
  ["design", ["设计"]],
  ["file", ["文件"]],
  ["table", ["表格", "数据表"]],
  ["database", ["数据库"]],
  ["user", ["用户"]],
  ["tenant", ["租户"]],
  ["worker", ["工作节点", "工作组"]],
  ["master", ["主节点"]],
  ["cluster", ["集群"]],
  ["config", ["配置"]],
  ["configuration", ["配置"]],
  ["port", ["端口"]],
  ["memory", ["内存"]],
  ["disk", ["磁盘"]],
  ["log", ["日志"]],
  ["timezone", ["时区"]],
  ["timestamp", ["时间戳"]],
  ["cache", ["缓存"]],
  ["thread", ["线程"]],
  ["backbone", ["骨干网络", "主干网络"]],
  ["finetune", ["微调", "精调"]],
  ["fine-tune", ["微调", "精调"]],
  ["process", ["进程"]],
  ["task", ["任务"]],
  ["workflow", ["工作流"]],
  ["scheduler", ["调度器"]],
  ["version", ["版本"]],
  ["upgrade", ["升级"]],
  ["install", ["安装"]],
  ["deploy", ["部署"]],
  ["permission", ["权限"]],
  ["password", ["密码"]],
  ["token", ["令牌"]],
  ["proxy", ["代理"]],
  ["component", ["组件"]],
  ["style", ["样式"]],
  ["theme", ["主题"]],
  ["animation", ["动画"]],
  ["form", ["表单"]],
  ["button", ["按钮"]],
  ["menu", ["菜单"]],
  ["chart", ["图表"]],
  ["image", ["图片", "图像", "镜像"]],
  ["model", ["模型"]],
  ["dataset", ["数据集"]],
  ["browser", ["浏览器"]],
  ["server", ["服务器", "服务端"]],
  ["client", ["客户端"]],
  ["plugin", ["插件"]],
  ["dependency", ["依赖"]],
  ["query", ["查询"]],
  ["index", ["索引"]],
  ["transaction", ["事务"]],
  ["backup", ["备份"]],
  ["storage", ["存储"]],
  ["alert", ["告警"]],
  ["email", ["邮件", "邮箱"]],
  ["mail", ["邮件", "邮箱"]],
];

const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*/g;

/** Pairs of a Latin term in one text and its Chinese rendering in the other, as found in each. */
export function translatedTerms(passage: string, right: string): { passage: string; right: string }[] {
  const words = (text: string) => new Map([...text.matchAll(LATIN_WORD)].map(([w]) => [englishStem(w), w] as const));
  const passageWords = words(passage);
  const rightWords = words(right);
  const found: { passage: string; right: string }[] = [];
  for (const [latin, renderings] of PAIRS) {
    const key = englishStem(latin);
    for (const zh of renderings) {
      if (rightWords.has(key) && passage.includes(zh)) found.push({ passage: zh, right: rightWords.get(key)! });
      if (passageWords.has(key) && right.includes(zh)) found.push({ passage: passageWords.get(key)!, right: zh });
    }
  }
  return found;
}

/** Whether a text holds either side of the pair. */
export function holdsTerm(text: string, term: { passage: string; right: string }): boolean {
  const lower = text.toLowerCase();
  return [term.passage, term.right].some((side) =>
    /[A-Za-z]/.test(side) ? new RegExp(`\\b${englishStem(side)}`, "i").test(lower) : text.includes(side),
  );
}
