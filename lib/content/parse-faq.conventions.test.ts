// One fixture per FAQ convention seen in real files (written for these tests, not copied from anywhere).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFaq } from "./parse-faq";

const fixture = (name: string) => parseFaq(readFileSync(`lib/content/fixtures/faq/${name}`), name);
const pairs = (name: string) => fixture(name).entries.map((e) => [e.question, e.answer]);

describe("FAQ conventions", () => {
  it("turns a command written as <pre><code> into a code block, entities decoded, and leaves HTML inside a fence alone", () => {
    const { entries } = fixture("html-pre-code.md");
    expect(entries[0]!.answer).toBe(
      'You can pass arguments to the script with this command.\n\n```\ncurl -fsSL https://example.org/install.sh | bash -s -- --prefix="$HOME/tools" && echo <done>\n```',
    );
    expect(entries[1]!.answer).toBe("Put it in a code block:\n\n```html\n<pre><code>kept as written</code></pre>\n```");
  });

  it("strips numbered labels (Q1.1.1：, Q1.1.2 , ##### Q4.3., ## 12., ### 1、) and emoji, reads **A**: / **A**. answers, keeps an unnumbered heading between numbered ones in the answer", () => {
    const { entries, warnings } = fixture("numbered-labels.md");
    expect(entries.map((e) => [e.question, e.topic])).toEqual([
      ["缓存命中率怎么看？", "近期更新"],
      ["缓存和数据库谁先写？", "基础"],
      ["过期时间怎么设？", "基础"],
      ["Why is my TTL ignored?", "基础"],
      ["What does eviction mean?", "基础"],
      ["集群模式支持事务吗？", null],
      ["磁盘满了怎么办？", "运维"],
      ["内存占用一直上涨", "运维"],
    ]);
    expect(entries[6]!.answer).toBe("清理过期的快照。\n\n### 结论\n\n先扩容，再清理。");
    expect(entries[1]!.answer).toBe("先写数据库，再删缓存。");
    expect(entries[3]!.answer).toBe("A key written with `SET` without `EX` keeps no TTL.");
    expect(warnings).toEqual([{ line: 30, message: expect.stringContaining("repeats the question on line 5") }]);
  });

  it("keeps numbered statement headings among numbered questions under a title as entries of their own", () => {
    const { entries } = fixture("numbered-statements.md");
    expect(entries.map((e) => e.question)).toEqual([
      "为什么识别出来的文字是别的语言？",
      "语音合成经常超时",
      "如何加快回复速度？",
      "说话慢时经常被打断",
    ]);
    expect(entries[1]!.answer).toBe("换一个离服务器更近的合成服务。");
    expect(entries[2]!.answer).toBe("选用更小的模型。\n\n### 结论 🔍\n\n小模型最快。");
  });

  it("reads a quoted **A**: answer followed by a paragraph as one answer without its quote marker or label; unlabelled headings above labelled ones are sections", () => {
    const { warnings } = fixture("quoted-labelled-answers.md");
    expect(warnings).toEqual([
      { line: 7, message: expect.stringContaining("Most problems come from"), dropped: true },
      { line: 22, message: expect.stringContaining("Consider sponsoring"), dropped: true },
    ]);
    expect(pairs("quoted-labelled-answers.md")).toEqual([
      ["The plugin does not load.", "Check that it is listed in `plugins.cfg`, then restart the server."],
      [
        "Where is the changelog?",
        "On the releases page, one entry per version.\n\n**Please search the issues before opening a new one.**",
      ],
    ]);
  });

  it("reads a <details> answer that opens with an answer-label heading (`#### 回答：`), without the hidden span after it", () => {
    const { entries, warnings } = fixture("details-answer-heading.md");
    expect(entries.map((e) => [e.question, e.answer])).toEqual([
      ["这个工具能替代人工审查吗？", "不能，它只是辅助审查者。\n\n审查者仍然决定是否合并。"],
      ["建议不相关怎么办？", "- 先看建议的分类标题是否相关。\n- 再用 `extra_instructions` 引导模型。"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("drops a line break written in code (`<br>`) after a question or an answer", () => {
    const md =
      "Q: 可以指定关键词吗？`<br>`\nA: 在配置文件的 KEYWORDS 参数里设置。 `<br>`\n\nQ: 报错 `TimeoutError: Timeout 30000ms exceeded.<br>`\nA: 检查网络代理。";
    expect(parseFaq(md, "f.md").entries.map((e) => [e.question, e.answer])).toEqual([
      ["可以指定关键词吗？", "在配置文件的 KEYWORDS 参数里设置。"],
      ["报错 TimeoutError: Timeout 30000ms exceeded.", "检查网络代理。"],
    ]);
  });

  it('unwraps MkDocs content tabs (=== "Windows") into labelled parts of the answer, and drops an image\'s size attributes', () => {
    const md = [
      "## How do I install it?",
      "",
      '=== "Windows"',
      "",
      "    Run the installer.",
      "",
      '=== "Linux"',
      "",
      "    Use the package manager.",
      "",
      "## What does the boot screen look like?",
      "",
      '![Boot screen](boot.png){width="400"}',
      "",
      "A grey bar with the version.",
    ].join("\n");
    expect(parseFaq(md, "f.md").entries.map((e) => e.answer)).toEqual([
      "**Windows**\n\nRun the installer.\n\n**Linux**\n\nUse the package manager.",
      "![Boot screen](boot.png)\n\nA grey bar with the version.",
    ]);
  });

  it("reads Q:/A: pairs under `### 2.如何…的相关问题` and `### 3.Game.log相关问题`, and numbered problem headings after them", () => {
    const { entries, warnings } = fixture("labelled-series.md");
    // "…常见问题" names the FAQ itself, so it is no topic.
    expect(entries.map((e) => [e.question, e.topic])).toEqual([
      ["没写过代码能用这个工具吗？", null],
      ["安装时出现黄色警告怎么办？", null],
      ["双击 run.py 没有反应是为什么？", "如何启动工具的相关问题"],
      ["启动后怎么修改配置？", "如何启动工具的相关问题"],
      ["为什么工具一到战斗环节就不动了", "Game.log相关问题"],
      ["卡在营地", null],
      ["can not read the process list", null],
      ["启动时报错 assertion failed", null],
    ]);
    expect(entries[4]!.answer).toBe("检查配置中的游戏路径是否正确。");
    expect(entries[7]!.answer).toBe("删除 Game.log 后重新进入游戏。");
    expect(warnings).toEqual([]);
  });

  it("keeps `### 问题描述` / `### 解决方法` headings inside a <details> answer as parts of that answer", () => {
    const { entries } = fixture("details-subheadings.md");
    expect(entries.map((e) => e.question)).toEqual(["打印机不出纸怎么办？", "如何更换墨盒？"]);
    expect(entries[0]!.answer).toContain("### 解决方法");
    expect(entries[1]!.answer).toContain("取下旧墨盒");
  });

  it("keeps <details> questions entries when a `###` note sits among them, and a `'______'` placeholder in a summary", () => {
    const { entries, warnings } = fixture("details-sections.md");
    expect(entries.map((e) => [e.question, e.topic])).toEqual([
      ["Do I need the helper environment?", "Installation"],
      ['"Compiler 14.0 or greater is required"', "Nightly builds"],
      ["ModuleNotFoundError: No module named '______'", "Import errors"],
    ]);
    expect(warnings).toEqual([
      { line: 13, message: expect.stringContaining("pip install tool-nightly"), dropped: true },
    ]);
  });

  it("keeps a statement heading among a question's sub-questions in the answer above it", () => {
    const { entries, warnings } = fixture("sub-question-aside.md");
    expect(entries.map((e) => e.question)).toEqual([
      "What is the relay?",
      "What is a seed?",
      "What is a room?",
      "How do I join?",
    ]);
    expect(entries[2]!.answer).toBe(
      "A room is one running session with its players.\n\n### The relay as a whole\n\nIn short, the relay lets people playing different games share one session.",
    );
    expect(warnings).toEqual([]);
  });

  it("reads a quoted question (`> …？`) over plain text, and a quoted problem where the file quotes its questions; drops :shortcode: emoji", () => {
    const { entries, warnings } = fixture("quoted-questions.md");
    expect(entries.map((e) => [e.question, e.topic, e.answer])).toEqual([
      ["安装插件之后没有反应？", "安装与更新", "网络问题：安装插件需要连接到代码托管网站，请检查网络。"],
      ["安装插件提示 spawn git ENOENT", "安装与更新", "没有安装 git。"],
      ["为什么我的页面没有渲染？", "写作者", "页面代码需要放在代码块里，并且带有完整的 body 标签。"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("strips Chinese ordinals (`一、`) and <font> tags from headings and answers", () => {
    expect(pairs("ordinal-headings.md")).toEqual([
      ["夏令营是什么活动", "夏令营是面向高校学生的暑期开源活动。"],
      ["谁可以报名？", "年满 18 周岁的在校学生都可以报名。"],
    ]);
  });

  it("reads each Q:/A: pair of a list item, with the A: label after an image or a comment", () => {
    expect(pairs("list-item-pairs.md")).toEqual([
      ["双击程序后出现以下弹窗怎么办？", "![弹窗](imgs/popup.png)\n\n运行目录内的依赖安装脚本并重启即可。"],
      ["重启后还是出现上述弹窗怎么办？", "删除程序目录下的文件，然后重新下载最新版。"],
      ["硬件配置有要求吗？", "内存 8G 及以上即可。"],
    ]);
  });

  it("takes a <details> fold outside the FAQ section for no question, and says so", () => {
    const { entries, warnings } = fixture("readme-folds.md");
    expect(entries.map((e) => e.question)).toEqual(["配置文件保存在哪里？"]);
    expect(warnings).toContainEqual({
      line: 5,
      message: expect.stringContaining("点击展开源码运行说明"),
      dropped: true,
    });
  });

  it("reads plain Q1:/A1: and `Q3 question` paragraphs separated by ---, and warns about the footer", () => {
    const { entries, warnings } = fixture("plain-paragraphs.md");
    expect(entries.map((e) => e.question)).toEqual([
      "本工具支持哪些操作系统？",
      "安装时报错 permission denied 怎么办？",
      "启动时提示 port 8080 already in use",
      "升级后配置丢失",
    ]);
    expect(entries[1]!.answer).toMatch(/^用 `sudo` 重新运行安装脚本/);
    expect(entries[1]!.answer).toContain("$ ./install.sh --prefix ~/.local\n```");
    expect(entries[3]!.answer).toBe("配置文件在 `~/.config/tool/`，升级不会删除它。");
    expect(entries.every((e) => e.topic === null)).toBe(true); // `### 常见问题` is the page title
    expect(warnings).toEqual([{ line: 31, message: expect.stringContaining("没有找到你的问题"), dropped: true }]);
  });

  it("reads <details><summary>Q: …</summary><p> with the answer after a blank line, and inlines reference links", () => {
    const { entries, warnings } = fixture("details.md");
    expect(entries.map((e) => [e.question, e.answer])).toEqual([
      ["Why do we run our own build farm?", "Check the [cost comparison](https://example.com/costs) first."],
      ["Which machines are in it?", "1. Two Linux servers\n2. One Mac mini"],
      ["Who looks after it?", "The platform team."],
    ]);
    expect(entries[1]!.lists).toEqual([{ ordered: true, items: ["Two Linux servers", "One Mac mini"] }]);
    expect(warnings).toEqual([]);
  });

  it("drops code a site runs to fill its page in ({{ … }}, an MDX {call()}), and the brackets it leaves empty", () => {
    const md =
      '## Where do I ask?\n\nAsk in the chat group ({{ [1234,5678][Math.floor(Math.random()*2)] }}) or open an issue.\n\n## Which providers are built in?\n\nIt signs in with {Object.values(require("../providers.json")).sort().join(", ")}. Others take a plugin, see `{{ name }}` and {a, b}.\n';
    expect(parseFaq(Buffer.from(md), "page-code.md").entries.map((e) => e.answer)).toEqual([
      "Ask in the chat group or open an issue.",
      "It signs in with …. Others take a plugin, see `{{ name }}` and {a, b}.",
    ]);
  });

  it("writes a dash, ellipsis or quote given as an entity as the character, and leaves &lt; &gt; &amp; as written", () => {
    const md =
      "## Is it free?\n\nIt's free to use, but shows no maps of its own &mdash;\nyou pick a tile service&hellip; &#8220;Choice is yours&#8221;.\n\n## How do I escape tags?\n\nWrite &lt;b&gt; &amp; friends, or `&mdash;` in code.\n";
    expect(parseFaq(Buffer.from(md), "entities.md").entries.map((e) => e.answer)).toEqual([
      "It's free to use, but shows no maps of its own —\nyou pick a tile service… “Choice is yours”.",
      "Write &lt;b&gt; &amp; friends, or `&mdash;` in code.",
    ]);
  });

  it("takes docsify's heading attributes (:id=1, :docsify-ignore) for no part of the question", () => {
    expect(pairs("docsify-ids.md")).toEqual([
      ["我需要用到网关吗？", "只有多个服务需要统一鉴权时才需要。"],
      ["兼容性如何", "支持所有现代浏览器。"],
      ["启动报错 port already in use", "换一个端口，或者停止占用它的进程。"],
    ]);
  });

  it("reads an MDX <summary> whose <h3> has a style={{…}} attribute", () => {
    const { entries, warnings } = fixture("mdx-summary.md");
    expect(entries.map((e) => [e.question, e.answer])).toEqual([
      ["What stores does the cache support?", "Memory, Redis and SQLite."],
      ["Can I use it without a store?", "Yes: entries then live until the process ends."],
      ["Is it typed?", "Yes, it ships its own types."],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads a <summary> set apart from its <details> by a blank line, and keeps a placeholder in angle brackets", () => {
    const { entries, warnings } = fixture("details-apart.md");
    expect(entries.map((e) => [e.question, e.answer])).toEqual([
      ["How do I update it?", "Run the updater again."],
      ["Where is the <X> log file?", "It is in `./configs/<config>/logs/`."],
      ["Why are the files skipped?", "They were downloaded before."],
    ]);
    expect(warnings).toEqual([]);
  });

  it("takes a section heading whose only text points to another document for no entry, and says so", () => {
    const { entries, warnings } = fixture("pointer-section.md");
    expect(entries.map((e) => [e.question, e.topic])).toEqual([
      ["如何升级运行库", null],
      ["置信度超过 1", "检测模型"],
    ]);
    expect(warnings).toEqual([{ line: 9, message: expect.stringContaining("图像加速"), dropped: true }]);
  });

  it("takes a section listing bare addresses for links, not an entry", () => {
    const { entries, warnings } = fixture("bare-address-links.md");
    expect(entries.map((e) => e.question)).toEqual(["How do I install it?"]);
    expect(warnings).toEqual([{ line: 9, message: expect.stringContaining("mirror-one"), dropped: true }]);
  });

  it("reads a Q: label with its number run straight into it (`13.Q:`)", () => {
    expect(pairs("numbered-q-labels.md")).toEqual([
      ["框架支持缓存吗?", "支持，在配置文件里打开缓存即可。"],
      ["查询时怎么写筛选条件呢？像筛选状态大于2的", '用条件对象：`condition.op("status", Op.gt, 2)`。'],
      ["表名映射规则可以扩展。  请问这个是怎么设置的？", "实现命名接口，并在启动时注册它。"],
    ]);
  });

  it("reads <details> with a bold summary, a numbered label in bold, a <br> spacer, and warns about a links-only section", () => {
    const { entries, warnings } = fixture("details-variants.md");
    expect(entries.map((e) => [e.question, e.topic, e.answer])).toEqual([
      ["没有 GPU 可以学吗？", null, "可以，所有章节都能在 CPU 上运行。"],
      ["Which Python version do I need?", null, "Python 3.10 or newer."],
    ]);
    expect(warnings).toEqual([{ line: 19, message: expect.stringContaining("Tutorial"), dropped: true }]);
  });

  it("reads <details> wrapped around question headings: the tags delimit entries and stay out of the text, <br> breaks lines", () => {
    const { entries, warnings } = fixture("details-headings.md");
    expect(entries.map((e) => [e.question, e.topic, e.answer])).toEqual([
      ["Can I work offline?", "Using the app", "Yes. Changes sync when you are back online."],
      [
        "Where are my files kept?",
        "Using the app",
        "In the `data` folder.\n\nYou can move it in the settings.\n\n" +
          "- Inside a list item\n\n  the break keeps the item whole.\n\nWrite `<details>` in code, and it stays.",
      ],
      [
        "How do I see older versions?",
        "Using the app",
        "Open the history panel.\n\n**Keyboard shortcut**\n\nPress `H` twice.",
      ],
    ]);
    expect(entries[1]!.lists).toEqual([
      { ordered: false, items: ["Inside a list item the break keeps the item whole."] },
    ]);
    expect(warnings).toEqual([]);
  });

  it("in a page with an FAQ section, takes no statement outside it as an entry, and says so", () => {
    const md =
      "# Tool\n\n## Install\n\nRun it.\n\n## FAQ\n\n### Is it free?\n\nYes.\n\n### Slow start\n\nIt indexes.\n\n## License\n\nMIT";
    const { entries, warnings } = parseFaq(md, "t.md");
    expect(entries.map((e) => e.question)).toEqual(["Is it free?", "Slow start"]);
    expect(warnings.map((w) => w.line)).toEqual([3, 17]);
  });

  it("takes a part named for questions (`# 部署相关问题`, `## Setup issues`) beside the FAQ title as part of the FAQ", () => {
    const md = [
      "# 常见问题\n\n## 如何获得帮助？\n\n提 issue。",
      "# 部署相关问题\n\n## 我部署好了，但是无法访问\n\n检查防火墙。",
      "# 使用相关问题\n\n## 使用时提示“额度不足”\n\nAPI key 没有余额。",
      "# Setup issues\n\n## The page stays blank\n\nClear the cache.",
      "# License\n\n## Terms of use\n\nMIT.",
    ].join("\n\n");
    const { entries, warnings } = parseFaq(md, "t.md");
    expect(entries.map((e) => [e.question, e.topic])).toEqual([
      ["如何获得帮助？", null],
      ["我部署好了，但是无法访问", "部署相关问题"],
      ["使用时提示“额度不足”", "使用相关问题"],
      ["The page stays blank", "Setup issues"],
    ]);
    expect(warnings).toEqual([
      { line: 27, message: expect.stringContaining('"Terms of use" is outside'), dropped: true },
    ]);
  });

  it("takes no part about the project ('## Reporting issues') beside the FAQ for part of it", () => {
    const md = [
      "# Tool\n\n## FAQ\n\n### Is it free?\n\nYes.",
      "## Reporting issues\n\n### Search existing issues first\n\nLook before filing.",
      "## Setup issues\n\n### The page stays blank\n\nClear the cache.",
    ].join("\n\n");
    const { entries, warnings } = parseFaq(md, "t.md");
    expect(entries.map((e) => e.question)).toEqual(["Is it free?", "The page stays blank"]);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('"Search existing issues first" is outside'),
    ]);
  });

  it("keeps statements that stand among the questions of the same section as entries", () => {
    const md =
      "# FAQ\n\n## Common issues\n\n### Nothing happens on start\n\nCheck adb.\n\n### Why is it black?\n\nProtected.";
    expect(parseFaq(md, "t.md").entries.map((e) => e.kind)).toEqual(["topic", "question"]);
  });

  it("reads questions written as list items, with the answer indented below or after the bold question", () => {
    const { entries } = fixture("question-lists.md");
    expect(entries.map((e) => [e.question, e.topic])).toEqual([
      ["How do I reset my password?", null],
      ["Why is the app slow on first start?", null],
      ["Can I sync two devices?", null],
      ["安装包在哪里下载？", "安装"],
      ["支持 ARM 吗？", "安装"],
    ]);
    expect(entries[1]!.answer).toBe(
      "It builds its search index once.\n\n- The index lives in `~/.app/index`.\n- Building it takes about a minute.",
    );
    expect(entries[1]!.lists[0]!.items).toHaveLength(2);
    expect(entries[2]!.answer).toBe("Yes, sign in with the same account on both.");
    expect(entries[4]!.answer).toBe("支持，选择 `arm64` 安装包。");
  });

  it("keeps sub-headings that are not questions inside the answer, and a question sub-heading as its own entry", () => {
    const { entries } = fixture("sub-headings.md");
    expect(entries.map((e) => e.question)).toEqual([
      "How do I install the CLI?",
      "How do I upgrade it?",
      "Why does upgrading need the network?",
    ]);
    expect(entries[0]!.answer).toContain("#### macOS");
    expect(entries[0]!.answer).toContain("#### Linux\n\nDownload the `.deb` package.");
  });

  it("takes no entry from TOML front matter, title, intro, table of contents or sections; strips anchors and Hugo syntax", () => {
    const { entries, warnings } = fixture("non-entries.md");
    expect(entries.map((e) => [e.question, e.topic, e.answer])).toEqual([
      ["安装需要管理员权限吗？", "安装", "不需要，可以装在用户目录。\n\n装在用户目录时升级也不需要管理员权限。"],
      ["如何导出数据？", "使用", "在设置页点击“导出”，详见[导出说明](export.md)。"],
    ]);
    expect(entries[0]!.line).toBe(20);
    expect(warnings).toEqual([]);
  });

  it("skips YAML front matter and a kramdown {:toc}, and keeps a heading that is a statement as a topic", () => {
    const { entries, warnings } = fixture("kramdown-toc.md");
    expect(entries.map((e) => [e.kind, e.question])).toEqual([
      ["question", "How do I update?"],
      ["topic", "My plugins don't load!"],
    ]);
    expect(warnings).toEqual([]);
  });

  // Fixtures checked as the [question, answer] of each entry, and their warnings (none unless given).
  it.each([
    {
      what: "removes answer labels whether the colon is inside or outside the bold, numbered, or Chinese",
      file: "answer-labels.md",
      pairs: [
        ["What is a shard?", "One slice of the key space."],
        ["What is a replica?", "A copy of a shard on another node."],
        ["What is a leader?", "The replica that takes the writes."],
        ["什么是租约？", "在一段时间内有效的授权。"],
        ["什么是心跳？", "节点定期发送的存活信号。"],
        ["What is a quorum?", "**More than half of the replicas.**"],
      ],
    },
    {
      what: "reads bold 问： questions followed by 答： after <br> or a hard break, quoted pairs and list items",
      file: "quoted-and-br.md",
      pairs: [
        ["年轻代为什么采用复制算法？", "新生代里大多数对象很快死去，复制少量存活对象代价最小。"],
        ["老年代用什么算法？", "标记-清除或标记-整理。"],
        ["什么是 Stop The World？", "垃圾收集时暂停所有用户线程。\n\n时间越短越好。"],
        ["CMS 会被移除吗？", "JDK 14 已经移除了 CMS。"],
        ["G1 适合多大的堆？", "通常 6 GB 以上。"],
      ],
    },
    {
      what: "reads a | Question | Answer | table row by row, and headings written as HTML",
      file: "tables-and-html.md",
      pairs: [
        ["How do I get an invoice?", "Open **Billing → Invoices**."],
        ["Can I pay by bank transfer?", "Yes, for yearly plans.\nWrite to billing@example.com."],
        ["How do refunds work?", "Refunds go back to the card within 10 days."],
        ["What if my card expired?", "The refund is sent by bank transfer instead."],
      ],
    },
    {
      what: "reads **Q:** labels with the question wrapped over lines, wrapped bold questions and <a>**Q**</a>. questions",
      file: "bold-questions.md",
      pairs: [
        ["How do I pin a package to one version?", "Add it to the `pinned` list."],
        [
          "I depend on A and B, which both depend on C. Which version of C is picked when they disagree?",
          "The one at the shallowest depth; see\nthe resolution guide.",
        ],
        ["How do I clear the cache without losing my settings?", "Delete the `cache/` folder only."],
        ["Can I use it offline?", "Yes, once the packages are downloaded."],
        ["Does it work behind a proxy?", "Yes: set `HTTPS_PROXY`."],
      ],
    },
    {
      what: "strips the answer label of the first paragraph after images that open the answer",
      file: "answer-after-image.md",
      pairs: [
        [
          "日志里出现如下告警",
          '<p align="center">\n  <img src="warning.png" width="60%" />\n</p>\n\n调小 `reserved.memory` 的值。',
        ],
        ["界面报如下错误", "![错误截图](error.png)\n\n清空浏览器缓存。"],
        ["图表是什么意思？", "![图表](chart.png)\n\n图中的 A：B 表示比例。"],
      ],
    },
    {
      what: "reads MkDocs `!!! question` admonitions, unwrapping nested ones, and reads a review section before them as intro",
      file: "admonitions.md",
      pairs: [
        ["为什么数组的访问是 O(1) 的？", "元素地址可以由首地址和索引直接算出。\n\n前提是元素大小相同。"],
        ["链表为什么不适合随机访问", "要从头节点逐个向后查找。\n\n```python\nnode = head\n```"],
      ],
      warnings: [{ line: 3, message: expect.stringContaining("重点回顾"), dropped: true }],
    },
    {
      what: "warns, with file lines, about text that belongs to no entry: a section's own prose and a footer",
      file: "dropped-blocks.md",
      pairs: [
        ["What is this?", "A tool."],
        ["How do I start it?", "Run `tool start`."],
      ],
      warnings: [
        { line: 11, message: expect.stringContaining("This section explains everyday use."), dropped: true },
        { line: 19, message: expect.stringContaining("Last updated in May."), dropped: true },
      ],
    },
  ])("$what", ({ file, pairs: expected, warnings = [] }) => {
    expect(pairs(file)).toEqual(expected);
    expect(fixture(file).warnings).toEqual(warnings);
  });

  it("under an FAQ page title, reads the list items of `##` sections that only group them as entries, statements and error messages included", () => {
    const { entries, warnings } = fixture("item-sections.md");
    expect(entries.map((e) => [e.kind, e.topic, e.question, e.answer])).toEqual([
      [
        "question",
        "安装",
        `"ImportError: cannot import name 'ops'"`,
        "原因是装了精简版。\n\n1. 卸载精简版。\n2. 安装完整版。",
      ],
      ["question", "安装", '在 Windows 上编译报错 "cl.exe not found"', "安装 C++ 构建工具后重新编译。"],
      // The answer of a list's last item may be the unindented text after the list.
      [
        "question",
        "安装",
        "使用 GPU 加速",
        "如果要使用 GPU，请先安装 `cuda-toolkit`，\n再用 `pip install tool[gpu]` 安装。",
      ],
      ["question", "Training 相关", '"Loss goes NaN"', "1. 检查标注里有没有面积为 0 的框。\n2. 降低学习率。"],
      [
        "question",
        "Training 相关",
        "在多个版本之间切换",
        "你可以为每个版本建一个目录，再设置：\n\n```shell\nexport PYTHONPATH=$PWD\n```",
      ],
      // A bullet list inside an answer stays in it.
      ["question", "Model 相关", "Backbone 参数说明", "`depth` 选择层数，可选项如下：\n\n- 50：速度快\n- 101：精度高"],
    ]);
    expect(warnings).toEqual([]);
    const parse = (md: string) => parseFaq(md, "t.md").entries.map((e) => [e.kind, e.question]);
    const steps = "## Install\n\n- Download the archive\n\n  From the releases page.\n\n- Unpack it\n\n  Anywhere.";
    // A list of steps among question headings, or on a page that is not an FAQ, is the text of its heading.
    expect(parse(`# FAQ\n\n${steps}\n\n## Why is it slow?\n\nIt indexes.\n\n## Is it free?\n\nYes.`)).toEqual([
      ["topic", "Install"],
      ["question", "Why is it slow?"],
      ["question", "Is it free?"],
    ]);
    expect(parse(`# Tool\n\n${steps}\n\n## Usage\n\n- Run it\n\n  With no arguments.`)).toEqual([
      ["topic", "Install"],
      ["topic", "Usage"],
    ]);
    // A section that opens with text of its own, or holds a bare item with no answer after it, groups nothing.
    expect(
      parse("# FAQ\n\n## Setup\n\nTwo steps:\n\n- Download\n\n  From the site.\n\n- Unpack\n\n  Anywhere."),
    ).toEqual([["topic", "Setup"]]);
    expect(
      parse(
        "# FAQ\n\n## Setup\n\n- Download\n\n  From the site.\n- Unpack\n\n## Run\n\n- Start it\n\n  Once.\n\n" +
          "## Stop\n\n- Stop it\n\n  With Ctrl+C.",
      ),
    ).toEqual([
      ["topic", "Setup"],
      ["question", "Start it"],
      ["question", "Stop it"],
    ]);
  });

  it("takes the headings inside a <details> fold that groups them as the entries, not the fold", () => {
    const source = [
      "# FAQ",
      "<details>\n<summary><strong>How do I install it?</strong></summary>\n\nRun the installer.\n\n</details>",
      "<details>\n<summary><strong>Common errors</strong></summary>",
      '### **"x-api-key header missing"**\n\nSet the key in the settings.',
      "### **Blank preview when running the app**\n\nReload the page.",
      "</details>",
    ].join("\n\n");
    const { entries } = parseFaq(source, "t.md");
    expect(entries.map((e) => [e.question, e.answer])).toEqual([
      ["How do I install it?", "Run the installer."],
      ['"x-api-key header missing"', "Set the key in the settings."],
      ["Blank preview when running the app", "Reload the page."],
    ]);
  });

  it("strips a series number without a dot before a Chinese question or its 【tag】", () => {
    const { entries } = parseFaq(
      "### 19. 为什么慢？\n\n调试版本。\n\n### 20 建库时提示 Out of dnodes\n\n先加节点。\n\n### 21 【查询】客户端查不到数据？\n\n检查时区。",
      "t.md",
    );
    expect(entries.map((e) => e.question)).toEqual([
      "为什么慢？",
      "建库时提示 Out of dnodes",
      "【查询】客户端查不到数据？",
    ]);
  });

  it("strips a series number after a question label (`Q: 1.…`, `Q：7.…`, `Q2: 2.…`, `**Q:** 3) …`), but not a version", () => {
    const { entries, warnings } = fixture("label-numbers.md");
    expect(entries.map((e) => [e.question, e.answer])).toEqual([
      ["How do I install it?", "Run `make install`."],
      ["Why is it slow?", "It is a debug build."],
      ["Does it run on Windows?", "Yes, on Windows 10 and later."],
      ["支持多主键吗？", "暂不支持。"],
      ["0.8、0.9版本如何升级到1.0版本？", "先升级服务端，再升级客户端。"],
      ["3.x 版本还维护吗？", "只修安全问题。"],
      ["为什么编译时报 ByteBuffer.flip() 错误 ?", "用 JDK 8 重新编译。"],
    ]);
    expect(warnings).toEqual([]);
    const paragraphs = parseFaq(
      "Q: 1. How do I reset it?\nA: Hold the button.\n\nQ: 2. 2.0版本还能用吗？\nA: 能。",
      "t.md",
    );
    expect(paragraphs.entries.map((e) => [e.question, e.answer])).toEqual([
      ["How do I reset it?", "Hold the button."],
      ["2.0版本还能用吗？", "能。"],
    ]);
  });

  it("reads `<h3>` headings closed by `</a>` or wrapped over two lines, and the text right under one, as their own entries", () => {
    const { entries, warnings } = fixture("html-heading-close.md");
    expect(entries.map((e) => [e.line, e.question, e.answer])).toEqual([
      [3, "支持哪些 RPC 框架？", "支持 Dubbo 和 gRPC。"],
      // A line opening with `.` continues a dotted name wrapped at the dot.
      [
        8,
        "java.lang.NoSuchMethodError: com.example.sql.ast.statement.SQLSelect.getFirstBlock;",
        "把依赖升级到 1.1.12 以上。",
      ],
      [15, "升级到 2.0 要注意什么？", "1. 配置项改为点号加驼峰。\n2. 默认不再开启自动代理。"],
      [22, "How do I turn off the cache?", "Set `cache: false` in the config."],
    ]);
    expect(warnings).toEqual([]);
    // A heading never closed ends with its block; a wrapped sentence keeps its space.
    const open = parseFaq("<h2 id='x'>Why is the\nfirst run slow?\n\nIt builds an index.", "t.md");
    expect(open.entries.map((e) => [e.question, e.answer])).toEqual([
      ["Why is the first run slow?", "It builds an index."],
    ]);
  });

  it("reads a heading with intro text over headings at the level of the entries as a section, and skips a translations section", () => {
    const { entries, warnings } = fixture("section-intros.md");
    expect(entries.map((e) => [e.question, e.topic, e.answer])).toEqual([
      ["Server not reachable", "Network issues", "Make sure the proxy settings allow `example.org`."],
      ["Certificate rejected", "Network issues", "Install the company root certificate."],
      ["Text is blurry", "Display issues", "Turn off display scaling for the app."],
      ["Colors look wrong", "Display issues", "Pick the sRGB profile."],
      ["Old versions", null, "Versions before 2.0 are no longer supported."],
    ]);
    expect(warnings).toEqual([
      { line: 7, message: expect.stringContaining("The tool talks to the server over HTTPS."), dropped: true },
      { line: 35, message: expect.stringContaining("also available in other languages"), dropped: true },
    ]);
  });
});

describe("small cases", () => {
  const parse = (md: string) => parseFaq(md, "t.md");

  it("ends a question paragraph at its question mark, or at the paragraph's end when an answer label follows", () => {
    expect(parse("Q: What is it?\nA thing.").entries[0]).toMatchObject({ question: "What is it?", answer: "A thing." });
    expect(parse("**Q**：First line of the question,\nsecond line.\n\n**A**：Yes.").entries[0]).toMatchObject({
      question: "First line of the question, second line.",
      answer: "Yes.",
    });
  });

  it("does not split an answer at a bold question or a `问题：` sentence inside it", () => {
    const md = "## How do I debug it?\n\n**Why not printf?** It works too.\n\n问题：日志太多。\n\n## Next?\n\nYes.";
    expect(parse(md).entries.map((e) => e.question)).toEqual(["How do I debug it?", "Next?"]);
  });

  it("treats a list of questions without answers as answer text, not as entries", () => {
    const md = "### What do people ask?\n\nMostly:\n\n- Why is it slow?\n- Is it free?";
    expect(parse(md).entries).toHaveLength(1);
  });

  it("keeps numbers that are not labels", () => {
    expect(
      parse("## 3 ways to speed it up?\n\nCache.\n\n## Q&A about v2?\n\nSoon.").entries.map((e) => e.question),
    ).toEqual(["3 ways to speed it up?", "Q&A about v2?"]);
  });

  it("strips numbering only where a space or separator follows, never from a version such as 3.x or 2.0", () => {
    const md =
      "## 3.x 里如何配置？\n\n见文档。\n\n## 3.x配置如何迁移？\n\n改名。\n\n## 2.0版本如何升级？\n\n重装。\n\n" +
      "## 1.2 Why is it slow?\n\nIt indexes.\n\n## 7.如何退出？\n\n按 q。";
    expect(parse(md).entries.map((e) => e.question)).toEqual([
      "3.x 里如何配置？",
      "3.x配置如何迁移？",
      "2.0版本如何升级？",
      "Why is it slow?",
      "如何退出？",
    ]);
  });

  it("reads a trailing ❔ or ❓ emoji as the question's question mark", () => {
    const md = "## Is it free ❔\n\nYes.\n\n## 支持离线吗❓\n\n支持。\n\n## Why? ❓\n\nBecause.";
    expect(parse(md).entries.map((e) => e.question)).toEqual(["Is it free?", "支持离线吗？", "Why?"]);
  });

  it("reads 怎么 after a negation (没怎么用过) as a statement, like its sibling without it", () => {
    const md =
      "## 贡献方式\n\n### 我之前没怎么用过 Git\n\n先读教程。\n\n### 我之前用过 Git\n\n直接提交。\n\n" +
      "## FAQ\n\n### 怎么提交？\n\n发 PR。";
    const { entries, warnings } = parse(md);
    expect(entries.map((e) => e.question)).toEqual(["怎么提交？"]);
    expect(warnings.map((w) => w.line)).toEqual([3, 7]);
  });

  it("reads questions written as several # headings, and `### A:` answer headings", () => {
    expect(parse("# How do I install it?\n\nRun it.\n\n# Why is it slow?\n\nIt indexes.").entries).toHaveLength(2);
    expect(parse("# What is Foo?\n\nIntro.\n\n## Is it free?\n\nYes.").entries.map((e) => e.question)).toEqual([
      "Is it free?",
    ]);
    const md =
      "### Q: How do I install it?\n\n### A: Run the installer.\n\n### Q: Why is it slow?\n\n### A:\n\nIt indexes.";
    expect(parse(md).entries.map((e) => [e.question, e.answer])).toEqual([
      ["How do I install it?", "Run the installer."],
      ["Why is it slow?", "It indexes."],
    ]);
  });

  it("drops `>>` decorations, keeps bare step sub-headings as the text of the heading above, warns about empty headings", () => {
    const md = [
      "## >> Guide to set it up",
      "### Step 1: Download it.",
      "### Step 2: Run it.",
      "## >> How do I find the ID?",
      "Open System Information.",
      "## Known issues",
      "## >> Can I change it?",
      "No.",
    ].join("\n");
    const { entries, warnings } = parse(md);
    expect(entries.map((e) => [e.kind, e.question])).toEqual([
      ["topic", "Guide to set it up"],
      ["question", "How do I find the ID?"],
      ["question", "Can I change it?"],
    ]);
    expect(entries[0]!.answer).toBe("### Step 1: Download it.\n\n### Step 2: Run it.");
    expect(warnings).toEqual([{ line: 6, message: expect.stringContaining("Known issues"), dropped: true }]);
  });

  it("in a large file parsed in chunks, still inlines references defined at its end and reads a long list of questions", () => {
    const entry = (i: number) => `### Q: Question ${i}?\n\nSee [the guide][Guide] and ${"text ".repeat(300)}\n`;
    const big = Array.from({ length: 30 }, (_, i) => entry(i)).join("\n") + "\n[guide]: https://example.com/guide\n";
    const answers = parse(big).entries.map((e) => e.answer);
    expect(answers.filter((a) => a.startsWith("See [the guide](https://example.com/guide) and"))).toHaveLength(30);

    const item = (i: number) => `${i + 1}. **How do I do thing ${i}?**\n\n   ${"Like this. ".repeat(5)}${i}\n`;
    const list = Array.from({ length: 600 }, (_, i) => item(i)).join("\n");
    expect(list.length).toBeGreaterThan(40_000);
    const { entries } = parse(list);
    expect(entries).toHaveLength(600);
    expect(entries[599]).toMatchObject({
      question: "How do I do thing 599?",
      answer: `${"Like this. ".repeat(5)}599`.trim(),
    });
  });

  it("keeps a `---` inside an answer when more of the answer follows it", () => {
    const md = "### What is it?\n\nPart one.\n\n---\n\nPart two.\n\n### And then?\n\nDone.";
    expect(parse(md).entries[0]!.answer).toBe("Part one.\n\n---\n\nPart two.");
  });

  it("reads definition lists: a term over `: ` paragraphs, with or without a blank line, the answer running to the next term", () => {
    const { entries, warnings } = fixture("definition-lists.md");
    expect(entries.map((e) => [e.question, e.answer])).toEqual([
      ["What does the tool do?", "It copies files between two folders.\n\nIt can also resume an interrupted copy."],
      [
        "Where are the logs kept?",
        "In the state folder:\n\n```shell\n$ synctool --print-state-dir\n/home/me/.local/state/synctool\n```\n\nOld logs are removed after a week.",
      ],
      [
        "Is it safe to run twice at once?",
        "No. A second run waits for the first:\n\n- the lock file is `sync.lock`;\n- a stale lock is removed after an hour.",
      ],
      ["Does it need root?", "No. It runs as a normal user."],
      ["Which rsync version is needed?", "Version 3.1 or newer.\n\nOlder versions lack `--info=progress2`."],
    ]);
    // Terms that mostly ask nothing (a list of options) are the text of the heading above them.
    const options = parse(
      "## Options\n\nTwo flags.\n\n`--verbose`\n: Print more.\n\n`--quiet`\n: Print less.\n\n## Why is it slow?\n\nIt indexes.",
    );
    expect(options.entries.map((e) => [e.question, e.answer])).toEqual([
      ["Options", "Two flags.\n\n`--verbose`\n: Print more.\n\n`--quiet`\n: Print less."],
      ["Why is it slow?", "It indexes."],
    ]);
    expect(entries[2]!.lists).toEqual([
      { ordered: false, items: ["the lock file is sync.lock;", "a stale lock is removed after an hour."] },
    ]);
    expect(warnings).toEqual([]);
  });

  it("under an FAQ heading, reads each item of a list as a question, even a statement, with its indented answer", () => {
    const { entries, warnings } = fixture("statement-items.md");
    expect(entries.map((e) => [e.kind, e.question, e.answer])).toEqual([
      ["question", "Copying a folder stops halfway", "Use the `--resume` flag."],
      ["question", "How do I see the progress?", "Pass `-v` to print each file:\n\n```sh\nquicksync -v src/ dst/\n```"],
      ["question", "Symbolic links are copied as files!", "Add `--links` to keep them as links."],
    ]);
    expect(warnings).toEqual([{ line: 23, message: expect.stringContaining('"Install" is outside'), dropped: true }]);
    // Not under an FAQ heading, a list of statements is the text of its heading.
    const plain = parse(
      "## Known limits\n\n- Copying stops halfway\n\n  Use `--resume`.\n\n- Links become files\n\n  Add `--links`.",
    );
    expect(plain.entries.map((e) => e.question)).toEqual(["Known limits"]);
  });

  it("in a list of mostly questions, judges items one by one: a statement over its own answer is an entry, other text continues the answer above", () => {
    const { entries, warnings } = fixture("mixed-question-lists.md");
    expect(entries.map((e) => [e.question, e.topic])).toEqual([
      ["不会用命令行怎么办？", "环境配置"],
      ["编译时报错 linker cc not found", "环境配置"],
      ["推荐用什么系统？", "环境配置"],
      ["虚拟机里能做实验吗？", "环境配置"],
      ["可以中途加入吗？", null],
      ["需要组队吗？", null],
      ["往届学员的笔记", null],
      ["课程资料汇总", null],
      ["证书发放", null],
    ]);
    expect(entries[1]!.answer).toBe("安装编译工具链：\n```sh\nsudo apt-get install build-essential\n```");
    expect(entries[5]!.answer).toBe("不强制，组队只是为了互相帮助。\n\n组队规则以群公告为准。");
    expect(entries[7]!.answer).toBe("- 录播视频在官网\n- 讲义在课程仓库");
    expect(entries[8]!.answer).toBe("通过全部阶段后统一发放证书。");
    // An FAQ-named section whose list gave no entries is reported, not taken for the page title.
    expect(warnings).toEqual([{ line: 52, message: expect.stringContaining("报名表"), dropped: true }]);
  });

  it("reads a page title naming the FAQ as opening it, and warns about struck-through and code-name headings", () => {
    const { entries, warnings } = fixture("titled-parts.md");
    expect(entries.map((e) => [e.question, e.topic])).toEqual([
      ["提示 EACCES 或 permission denied", "安装失败"],
      ["安装失败了怎么办？", null],
    ]);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [5, '"为什么没有深色模式" is struck through; not an entry'],
      [17, expect.stringContaining("脚本通过全局对象调用")],
      [21, expect.stringContaining("暴露给脚本的对象")],
      [23, '"tool.api.on" is only a code name, not a question; not an entry'],
    ]);
    // An error message in code is still a question.
    expect(parseFaq("## `Error: cannot bind port 80`\n\nUse a port above 1024.", "t.md").entries).toHaveLength(1);
  });

  it("reads every part of a page whose title names the FAQ as FAQ, a narrower `## 常见问题` part included", () => {
    const { entries, warnings } = fixture("titled-known-issues.md");
    expect(entries.map((e) => [e.question, e.kind, e.topic])).toEqual([
      ["找不到我的问题怎么办？", "question", null],
      ["支持哪些系统？", "question", null],
      ["打开工程时窗口一片空白", "topic", "已知问题"],
      ["有离线版吗？", "question", "其他问题"],
      ["我有关于旧版本的问题", "topic", null],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads VuePress containers: a `details` title names a group or asks a question, any box's title may ask one, no marker or <style> stays", () => {
    const { entries, warnings } = fixture("vuepress-containers.md");
    expect(entries.map((e) => [e.question, e.topic, e.answer])).toEqual([
      ["怎么报名？", "报名", "- 在官网填写表格。"],
      ["报名要钱吗？", "报名", "- 不要钱。"],
      ["每周要花多少时间？", "学习", "- 大约十小时。"],
      ["证书可以补发吗？", null, "可以，发邮件申请。"],
      ["页面打不开？", null, "请清除缓存后重试。"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads a statement heading over a table as reference data, not an entry, unless it names a comparison", () => {
    const { entries, warnings } = fixture("table-headings.md");
    expect(entries.map((e) => [e.question, e.kind])).toEqual([
      ["When does the course run?", "question"],
      ["Tabs vs spaces", "topic"],
      ["Can I audit?", "question"],
    ]);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [7, '"Facts for the 2023 run" asks nothing and its text opens with a table; not an entry'],
    ]);
  });

  it("keeps sub-headings naming parts of an answer (`#### Possible solutions`, `#### 原因`) in the answer above", () => {
    const md = [
      "## Known issues",
      "### Sound stutters",
      "#### Possible solutions",
      "- Close other apps.",
      "#### Cause",
      "The disk is less busy.",
      "### 窗口一片空白",
      "#### 原因",
      "缓存损坏。",
      "#### 解决方法",
      "删除缓存。",
      "### Crash on start",
      "Update the driver.",
    ].join("\n\n");
    const { entries, warnings } = parseFaq(md, "t.md");
    expect(entries.map((e) => [e.question, e.answer])).toEqual([
      ["Sound stutters", "#### Possible solutions\n\n- Close other apps.\n\n#### Cause\n\nThe disk is less busy."],
      ["窗口一片空白", "#### 原因\n\n缓存损坏。\n\n#### 解决方法\n\n删除缓存。"],
      ["Crash on start", "Update the driver."],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads a statement heading with text over special cases, among sibling entries, as an entry and their section", () => {
    const md = [
      "## Known issues",
      "### Window stays blank",
      "Delete the cache.",
      "### Start hangs",
      "Wait a minute first.",
      "#### Hangs after an update",
      "Remove the old save.",
      "#### Hangs after a driver update",
      "Reset the aspect ratio.",
      "### Sound is missing",
      "Check the volume.",
      "### Display problems",
      "#### Text is blurry",
      "Turn off scaling.",
      "### Crash on exit",
      "Update the app.",
    ].join("\n\n");
    const { entries, warnings } = parseFaq(md, "t.md");
    expect(entries.map((e) => [e.question, e.topic, e.answer])).toEqual([
      ["Window stays blank", "Known issues", "Delete the cache."],
      ["Start hangs", "Known issues", "Wait a minute first."],
      ["Hangs after an update", "Start hangs", "Remove the old save."],
      ["Hangs after a driver update", "Start hangs", "Reset the aspect ratio."],
      ["Sound is missing", "Known issues", "Check the volume."],
      ["Text is blurry", "Display problems", "Turn off scaling."],
      ["Crash on exit", "Known issues", "Update the app."],
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps the text of a statement heading that has deeper sub-headings, with them, among sibling entries", () => {
    const { entries, warnings } = fixture("statement-subheadings.md");
    expect(entries.map((e) => [e.question, e.topic, e.answer])).toEqual([
      ["Where is the log file?", null, "In `~/logs/tool.log`."],
      [
        "Error: disk quota exceeded when syncing",
        null,
        "This means the target disk is full.\n\n#### Error: quota file missing\n\nSee issue 12.",
      ],
      ["Can I sync offline?", null, "Yes."],
      // A heading with no text of its own groups the headings under it.
      ["Error: permission denied", "Troubleshooting", "Run it as the owner of the folder."],
      ["Error: name too long", "Troubleshooting", "Shorten the file name."],
    ]);
    expect(warnings).toEqual([]);
  });

  it("where questions carry 问： labels, reads unlabelled headings as sections, warns about their text, and turns a line-ending <br> into a break", () => {
    const { entries, warnings } = fixture("labelled-sections.md");
    expect(entries.map((e) => [e.question, e.topic, e.answer])).toEqual([
      [
        "为什么新生代用复制算法？",
        "垃圾收集",
        "因为大部分对象很快死去，复制成本低。\n\n另外，存活对象放不下时进入老年代。",
      ],
      [
        "老年代为什么不用复制算法？",
        "垃圾收集",
        "因为存活率高，复制成本大。\n\n| 区域 | 算法 |\n| ---- | ---- |\n| 新生代 | 复制<br>（Eden） |",
      ],
    ]);
    expect(warnings).toEqual([
      { line: 7, message: expect.stringContaining("堆：存放对象实例"), dropped: true },
      { line: 12, message: expect.stringContaining("垃圾收集的几种算法如下"), dropped: true },
    ]);
  });

  it.each([
    {
      what: "reads a bold question whose closing marker follows a space (`**Why? **`), in a paragraph or a list item",
      md: "1. **How do I read the trace? **\nUse `tracePrint`.\n\n**What are the units? **\n\nSeconds.",
      pairs: [
        ["How do I read the trace?", "Use `tracePrint`."],
        ["What are the units?", "Seconds."],
      ],
    },
    {
      what: "removes VuePress/Docusaurus container fences (keeping a title) and a <div> wrapped around a <details> answer",
      md: [
        "<details>",
        "  <summary>Does it run on Windows?</summary>",
        "  <div>Yes, Windows 10 and newer.</div>",
        "</details>",
        "",
        "### Is it free?",
        "",
        "Yes.",
        "",
        "::: tip 提示",
        "Donations are welcome.",
        ":::",
      ].join("\n"),
      pairs: [
        ["Does it run on Windows?", "Yes, Windows 10 and newer."],
        ["Is it free?", "Yes.\n\n**提示**\nDonations are welcome."],
      ],
    },
  ])("$what", ({ md, pairs }) => {
    expect(parse(md).entries.map((e) => [e.question, e.answer])).toEqual(pairs);
  });

  it("skips YAML front matter with `# comment` lines", () => {
    const { entries, warnings } = fixture("front-matter-comments.md");
    expect(entries.map((e) => [e.question, e.topic, e.line])).toEqual([["如何备份数据？", null, 8]]);
    expect(warnings).toEqual([]);
  });

  it("reads numbered items under sections of a page whose first heading names the FAQ, and a bold line over a line break as an item's statement", () => {
    const { entries, warnings } = fixture("faq-title-over-sections.md");
    expect(entries.map((e) => [e.question, e.topic, e.answer.split("\n")[0]])).toEqual([
      ["How do I install the tool?", "Setup", "- Download the installer from the releases page"],
      ["Where are settings kept?", "Setup", "- In the `settings.toml` file next to the program"],
      ["Sync stops at 99%", "Problems", "Fixes:"],
      ["Crash on start", "Problems", "First steps:"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads bold numbered questions each under an `<a name>` anchor line, which would otherwise hide them in HTML", () => {
    const { entries, warnings } = fixture("anchor-lines.md");
    expect(entries.map((e) => [e.question, e.answer, e.line])).toEqual([
      ["How can I reset everything?", "Uninstall the app while it is running: its data goes with it.", 8],
      [
        "Can I run the old and the new version side by side?",
        "No: both hook the same calls, so only one may be active.",
        13,
      ],
    ]);
    expect(warnings).toEqual([]);
  });

  it("skips YAML front matter whose keys are indented (Jekyll pages written that way)", () => {
    const { entries, warnings } = fixture("front-matter-indented.md");
    expect(entries.map((e) => [e.question, e.answer, e.line])).toEqual([
      ["Why does the badge stay grey?", "The badge turns blue once the first sync has finished.", 6],
    ]);
    expect(warnings).toEqual([]);
  });

  it("reads a heading in bold with a space before the closing ** as bold, and leaves other asterisks alone", () => {
    const { entries } = fixture("loose-bold-headings.md");
    expect(entries.map((e) => [e.kind, e.question])).toEqual([
      ["question", "如何修改默认语言"],
      ["topic", "导入时提示：文件过大"],
      ["question", "2 **10 和 2 ** 10 怎么算？"],
    ]);
  });

  it("strips a short [category] tag before a heading's question, but keeps brackets that are part of the text", () => {
    const { entries } = fixture("category-tags.md");
    expect(entries.map((e) => [e.question, e.topic])).toEqual([
      ["如何扩容磁盘？", "存储"],
      ["为什么写入变慢？", "存储"],
      ["[1, 2] 和 [2, 1] 相等吗？", "其他"],
      ["[x] 选项是什么意思？", "其他"],
    ]);
  });

  it("unwraps `code` and **bold** inside a (multi-line) HTML heading", () => {
    const { entries } = fixture("html-heading-code.md");
    expect(entries.map((e) => e.question)).toEqual(["Why does a leading / fail in Git Bash?", "Can I search a&b?"]);
  });

  it("drops MDX tags with {…} attributes, keeping an image's alt text, and keeps the bars of a <|token|>", () => {
    const md =
      "### Why does the page reload?\n\n<img src={require('./img/reload.png')} />\n\nA watched file changed.\n\n" +
      '### What ends a record?\n\n<Figure src={diagram} alt="Record layout"></Figure>\n\n- <|endofrecord|> ends it\n- a | bar is a space';
    expect(parse(md).entries.map((e) => [e.question, e.answer, e.lists])).toEqual([
      ["Why does the page reload?", "A watched file changed.", []],
      [
        "What ends a record?",
        "Record layout\n\n- <|endofrecord|> ends it\n- a | bar is a space",
        [{ ordered: false, items: ["<|endofrecord|> ends it", "a bar is a space"] }],
      ],
    ]);
  });

  it("reads numbered questions answered by quotes: one indented in the item, one right after the list", () => {
    const md =
      "# 常见问题\n\n1. 启动时提示 `port in use` 时\n\n    > 关闭占用端口的程序，或修改 `PORT` 后重启。\n\n" +
      "2. 图片加载失败，可能是图床不稳定？\n\n> 将配置项 `IMG_PROXY` 设置为 `true`。";
    expect(parse(md).entries.map((e) => [e.question, e.answer])).toEqual([
      ["启动时提示 port in use 时", "关闭占用端口的程序，或修改 `PORT` 后重启。"],
      ["图片加载失败，可能是图床不稳定？", "将配置项 `IMG_PROXY` 设置为 `true`。"],
    ]);
  });

  it("reads a numbered '1. 常见问题' section as the first part of the FAQ, not the FAQ part of a page", () => {
    const md =
      "## 1. 常见问题\n\n### 1.1 如何升级驱动\n\n更新固件即可。\n\n## 2. 检测\n\n### 2.1 检测框过多\n\n调高阈值。\n\n### 2.2 置信度超过1\n\n导出时保留 sigmoid。";
    expect(parse(md).entries.map((e) => e.question)).toEqual(["如何升级驱动", "检测框过多", "置信度超过1"]);
  });

  it("keeps text that runs on from a list of questions' last answer (no blank line after its code) in that answer", () => {
    const md = [
      "## Usage",
      "",
      "1. How do I merge two trees?",
      "",
      "   Give the branch the allocator of the tree that will own it:",
      "   ~~~~~~cpp",
      "   Tree right(&left.GetAllocator());",
      "   ~~~~~~",
      "Alternatively, refer to the root of `right` through an iterator:",
      "   ~~~~~~cpp",
      "   auto root = right.MemberBegin();",
      "   ~~~~~~",
      "",
      "   A third way is to copy the branch.",
      "",
      "## Values",
      "",
      "1. What is a value?",
      "",
      "   A node of a tree.",
    ].join("\n");
    const { entries, warnings } = parse(md);
    expect(warnings).toEqual([]);
    expect(entries.map((e) => e.question)).toEqual(["How do I merge two trees?", "What is a value?"]);
    expect(entries[0]!.answer).toContain("Alternatively, refer to the root of `right` through an iterator:");
    expect(entries[0]!.answer).toContain("~~~~~~cpp\nauto root = right.MemberBegin();\n~~~~~~");
    expect(entries[0]!.answer).toContain("A third way is to copy the branch.");
  });

  it("reads an FAQ title written at the level of its entries (`## 常见问题`, then `## 1. 上传后不显示`) as opening the whole page", () => {
    const md = [
      "## 常见问题",
      "> 先看看文档和已关闭的 issue。",
      "## 1. 上传成功后相册里不显示图片",
      "检查访问网址是否带 `http://`。",
      "## 2. 能否支持上传视频？",
      "暂不支持。",
      "## 3. 某图床相关问题",
      "换一个图床试试。",
    ].join("\n\n");
    const { entries, warnings } = parseFaq(md, "t.md");
    expect(entries.map((e) => [e.question, e.answer])).toEqual([
      ["上传成功后相册里不显示图片", "检查访问网址是否带 `http://`。"],
      ["能否支持上传视频？", "暂不支持。"],
      ["某图床相关问题", "换一个图床试试。"],
    ]);
    expect(warnings).toEqual([]);
  });

  it("ends a <details> fold never closed at the next heading, and keeps a fold nested in an answer", () => {
    expect(pairs("details-unclosed.md")).toEqual([
      ["How do I draw a circle?", "Call `circle(x, y, r)` inside `draw`. Nested shapes"],
      ["Why can my file not be loaded?", "Check the current directory before you load a file."],
      ["Where are settings kept?", "In the user data folder.\n\n**Show the path**\n\n`~/.local/share/sketchpad`"],
    ]);
  });

  it("takes a fold named for the click (`::: details 点击展开视频教程`, `<summary>Click to expand</summary>`) for no question", () => {
    const md = [
      "# 补丁常见问题解答",
      "欢迎提出建议。",
      "::: details 点击展开视频教程",
      '<Video id="BV1" />',
      ":::",
      "## 为什么游戏还是英文？",
      "重新安装补丁。",
      "<details><summary>Click to expand</summary>",
      "",
      "A screenshot of the menu.",
      "",
      "</details>",
      "",
      "## 游戏启动不了",
      "更新显卡驱动。",
    ].join("\n\n");
    const { entries, warnings } = parseFaq(md, "t.md");
    expect(entries.map((e) => e.question)).toEqual(["为什么游戏还是英文？", "游戏启动不了"]);
    expect(entries[0]!.answer).toContain("A screenshot of the menu.");
    expect(warnings.filter((w) => w.dropped)).toEqual([]);
  });

  it("reads numbered items whose answers are indented too little to be theirs as entries, statements too, and keeps a list an answer announces in that answer", () => {
    const { entries, warnings } = fixture("items-answered-below.md");
    expect(entries.map((e) => e.question)).toEqual([
      "应用无法启动 / 崩溃 / 设置无法保存 ……",
      "一定要常驻后台吗？我只想用的时候打开一下。",
      "选项太多了，不知道每个选项是什么意思。",
      "窗口无法拖出屏幕上边界？",
    ]);
    expect(entries[1]!.answer).toBe(
      "如果你的需求是这样，那么它可能不太适合你。\n\n它首先是一个贴纸工具，贴纸功能需要它常驻后台。",
    );
    expect(entries[3]!.answer).toContain("* 系统属性 - 高级");
    expect(warnings).toEqual([]);
  });
  it("reads `经常被问到的问题` as the FAQ title, so a section of bold items mixing statements and questions gives an entry each", () => {
    const md = [
      "# 经常被问到的问题",
      "## 1 使用",
      "1. **缓存会自动过期吗？**\n\n   会，默认一小时。",
      "## 2 错误",
      "1. **启动时提示端口被占用**\n\n   原因：另一个实例在运行。\n\n   解决方案：先停掉它。",
      "2. **客户端连不上服务端**\n\n   检查防火墙。",
      "3. **节点宕机以后有什么影响？**\n\n   1）主节点宕机\n\n   写入暂停。",
      "4. **日志里出现“No Route”，如何排查？**\n\n   确认路由表已同步。",
    ].join("\n\n");
    const { entries, warnings } = parseFaq(md, "t.md");
    expect(entries.map((e) => e.question)).toEqual([
      "缓存会自动过期吗？",
      "启动时提示端口被占用",
      "客户端连不上服务端",
      "节点宕机以后有什么影响？",
      "日志里出现“No Route”，如何排查？",
    ]);
    expect(entries[3]!.answer).toBe("1）主节点宕机\n\n写入暂停。");
    expect(warnings).toEqual([]);
  });

  it("reads a sub-heading telling a problem of its own (`### Device is not detected on Linux`) as its own entry, unless its text only points elsewhere", () => {
    const md = [
      "# Build questions",
      "## Can't flash on Linux",
      "You need permission to open the device.",
      "### Linux udev rules",
      "Copy the rules file to `/etc/udev/rules.d/`.",
      "### Serial device is not detected in boot mode",
      "Enable `CONFIG_USB_ACM` in the kernel.",
      "## WinAVR is obsolete",
      "Use MSYS2 instead.",
      "## USB vendor and product IDs",
      "Any unused ID works.",
      "## Compiler crash on macOS",
      "Reinstall the toolchain.",
      "### Old toolchain and the USB stack",
      "Roll back to version 7.",
      "### I flashed the board and it does nothing at all",
      "Reset the EEPROM.",
      "#### Schema change failed after redefining a class",
      "See [issue 12](https://example.org/12).",
    ].join("\n\n");
    const { entries, warnings } = parseFaq(md, "t.md");
    expect(entries.map((e) => e.question)).toEqual([
      "Can't flash on Linux",
      "Serial device is not detected in boot mode",
      "WinAVR is obsolete",
      "USB vendor and product IDs",
      "Compiler crash on macOS",
      "Old toolchain and the USB stack",
      "I flashed the board and it does nothing at all",
    ]);
    expect(entries[0]!.answer).toContain("### Linux udev rules");
    expect(entries[6]!.answer).toContain("See [issue 12]");
    expect(warnings).toEqual([]);
  });
});
