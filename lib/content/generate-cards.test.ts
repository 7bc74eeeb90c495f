import { describe, expect, it } from "vitest";
import { splitTerm } from "./answer-parts";
import { BLANK, cardsForEntry, clozesFor, MAX_BACK } from "./generate-cards";
import { withoutOrdinalOpening } from "./card-backs";

const entry = (answer: string, question = "What is it?", kind: "question" | "topic" = "question") => ({
  id: "d/e1",
  kind,
  question,
  answer,
});

describe("cardsForEntry", () => {
  it("always makes a basic card with the full answer", () => {
    const [basic] = cardsForEntry(entry("A kernel VM."), "en");
    expect(basic).toEqual({
      id: "d/e1:basic",
      entryId: "d/e1",
      kind: "basic",
      front: "What is it?",
      back: "A kernel VM.",
    });
  });

  it("gives a list of steps whole with the list its last step announces", () => {
    const answer =
      "1. 需要使用 2.3.0 或更高版本。\n2. 调整以下配置项（需要注意的是，此时所有的范围查询将会使用广播的方式查询每一个分区）：\n\n- 2.x 版本：`allow.range.scan.with.inline.sharding` 设置为 true 即可（默认为 false）。\n- 3.x 版本：在 InlineScanStrategy 中将 `allow-range-scan-with-inline-sharding` 设置为 true 即可（默认为 false）。";
    const [basic] = cardsForEntry(entry(answer, "如何允许范围查询？"), "zh");
    expect(basic!.back).toContain("`allow.range.scan.with.inline.sharding` 设置为 true");
    expect(basic!.back).toContain("`allow-range-scan-with-inline-sharding` 设置为 true");
    expect(basic!.back).toContain("2.3.0");
  });

  it("answers an either-or question with both cases the answer weighs", () => {
    const answer =
      "It depends. Installing on the app host is good when connections are short-lived, then the setup latency is kept low. Installing on the storage host is good when many different hosts connect to it, then their connections can be shared.\n\nIt is also possible to install it on both.";
    const [basic] = cardsForEntry(
      entry(answer, "Should the proxy be installed on the app host or the storage host?"),
      "en",
    );
    expect(basic!.back).toContain("on the app host is good when connections are short-lived");
    expect(basic!.back).toContain("on the storage host is good when many different hosts connect to it");
  });

  it("answers a 还是 question with both cases the answer weighs", () => {
    const answer =
      "视情况而定。部署在应用服务器上适合短连接很多的场景，每次建立连接需要几次网络往返，放在本机可以减少这部分延迟。部署在数据库服务器上适合很多不同主机同时连接的场景，它们的连接可以合并复用。\n\n也可以两处都部署，唯一的缺点是每多一跳都会给每个查询增加少量延迟，所以最好实际测试一下收益是否值得。";
    const [basic] = cardsForEntry(entry(answer, "代理应该部署在应用服务器还是数据库服务器上？"), "zh");
    expect(basic!.back).toContain("应用服务器上适合短连接");
    expect(basic!.back).toContain("数据库服务器上适合很多不同主机");
  });

  it("answers a yes/no question asked after a statement with the sentence that gives the verdict", () => {
    const answer =
      "Mapkit, unlike the all-in-one suites sold by the big map vendors, is just a JavaScript library for showing maps.\nIt's free to use, but brings no map imagery of its own, so you pick a tile service to go with it.\n\nThere are plenty of options for a tile service.";
    const question = "I run a busy site and want to switch from another vendor to Mapkit. Is there a fee for using it?";
    const [basic] = cardsForEntry(entry(answer, question), "en");
    expect(basic!.back).toContain("It's free to use");
  });

  it("gives numbered alternatives with the sentence announcing them ('…to either:')", () => {
    const answer =
      "Tokenkit provides a solution for authentication, session management and user account creation.\n\nTokenkit records refresh tokens and access tokens on sign in (if supplied by the provider) and it will pass them, along with the user id and the provider's account id, to either:\n\n1. A database - if a database connection string is provided\n2. The token callback - if token sessions are enabled (e.g. if no database is specified)\n\nYou can then look them up from the database or keep them in the token.\n\nNote: Tokenkit does not rotate access tokens for you, however you can check out [this tutorial](https://example.org/rotation) if you want to implement it.";
    const [basic] = cardsForEntry(entry(answer, "How do I get refresh tokens for an account?"), "en");
    expect(basic!.back).toMatch(/^Tokenkit records refresh tokens .*to either:\n\n1\. A database/);
  });

  it("sums up an answer told link by link (each a paragraph, told about below it) by the links' names", () => {
    const answer =
      "[Search the Knowledge Base](https://example.org/kb)\n\n- Search the Knowledge Base for solutions to common issues with the sync tool.\n\n[Community Forums](https://example.org/forums)\n\n- You can browse questions and answers from the community, or ask your own.\n\n[Customer support](https://example.org/support)\n\n- Use this link to get support through the portal.";
    const [basic] = cardsForEntry(entry(answer, "How can I get help with the sync tool?"), "en");
    expect(basic!.back).toBe("- Search the Knowledge Base\n- Community Forums\n- Customer support");
  });

  it("takes a link wrapped onto a line of its own inside a paragraph for part of the sentence, not a part's name", () => {
    const answer =
      "You will need to get them in a repository. The\n[deploy guide](https://example.org/deploy)\nexplains how to set up a private repository. It is easiest to deploy them to a static server with the\n[wagon](https://example.org/wagon)\nplugin.";
    const [basic] = cardsForEntry(entry(answer, "How do I use private jars?"), "en");
    expect(basic!.back).not.toMatch(/^The\n- deploy guide/);
  });

  it("asks no term card for a label whose text is only a value ('移动端：ios10+、android5+', 'Port: 8080')", () => {
    const answer =
      "它依赖两个较新的浏览器接口。\n\n总体如下：\n\n- PC端：除了IE浏览器，其它浏览器基本兼容。\n- 移动端：ios10+、android5+\n- Port: 8080";
    const fronts = cardsForEntry(entry(answer, "兼容性如何"), "zh")
      .filter((c) => c.kind === "term")
      .map((c) => c.front);
    expect(fronts.some((f) => f.includes("PC端"))).toBe(true);
    expect(fronts.some((f) => f.includes("移动端") || f.includes("Port"))).toBe(false);
  });

  it("answers a yes/no question with the answer's conclusion when the back gives no verdict", () => {
    const answer =
      "在此之前建议你先阅读[Why Not Iframe](https://example.org/why)。\n\n相比于iframe，微前端拥有更好的用户体验，同时它也要求开发者对前端框架有一定的理解。\n\n微前端的本质是把两个不相关的页面强行合并为一，其中不可避免会出现各种冲突，需要开发者有处理特殊情况的能力。\n\n微前端不是万能的，它注定无法像iframe一样简单稳定。\n\n如果你不知道自己是否需要用微前端，那么大概率是不需要。";
    const [basic] = cardsForEntry(entry(answer, "我需要用到微前端吗？"), "zh");
    expect(basic!.back).toContain("那么大概率是不需要");
  });

  it("answers a problem told as a table of causes and fixes with each cause and its fix", () => {
    const answer = [
      "| 产生原因 | 解决方案 |",
      "| --- | --- |",
      "| 主应用和子应用 unicode 使用同一编码导致图标冲突 | 选择冲突图标，在iconfont中修改对应的unicode编码并重新生成文件进行替换 |",
      "| 主应用和子应用 class/fontFamily 冲突 | 修改冲突应用下使用iconfont的相关类名和对应的font-face下fontFamily |",
      "",
      "**主应用和子应用 class/fontFamily 冲突 解决示例**",
      "",
      "```css",
      ".iconfont1 {",
      '  font-family: "iconfont1" !important;',
      "}",
      "```",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "iconfont 图标冲突了如何处理？"), "zh");
    expect(basic!.back).toBe(
      "- 主应用和子应用 unicode 使用同一编码导致图标冲突：选择冲突图标，在iconfont中修改对应的unicode编码并重新生成文件进行替换\n- 主应用和子应用 class/fontFamily 冲突：修改冲突应用下使用iconfont的相关类名和对应的font-face下fontFamily",
    );
  });

  it("starts the back after a question back to the reader and the sentence answering it ('Did you check…? It lists…')", () => {
    const answer =
      "First of all, did you check out the [plugins page](https://example.org/plugins)?\nIt lists about a hundred plugins doing all kinds of things,\nand there's a good chance that it has what you're looking for.\n\nGenerally, we keep the core small and simple, focusing on quality instead of quantity, and leave the rest to plugin authors.\n\nCheck out [this talk](https://example.org/talk) for more background on the philosophy behind the project.";
    const [basic] = cardsForEntry(entry(answer, "Why is there still no feature X in the core?"), "en");
    expect(basic!.back).toMatch(/^Generally, we keep the core small/);
  });

  it("makes no card from an answer that only sends the reader to an article ('Use the guidance outlined in…')", () => {
    const answer = "Use the guidance that is outlined in the article [renew certificates](renew-certs.md).";
    expect(cardsForEntry(entry(answer, "Do I have to act when my signing certificate rolls over?"), "en")).toEqual([]);
  });

  it("makes no card from an answer that is only a picture", () => {
    expect(cardsForEntry(entry("![](/assets/header-pinout.png)", "What is the header's pinout?"), "en")).toEqual([]);
  });

  it("makes no enumeration of the names a why-question's reasons are about", () => {
    const answer =
      "我也想过检测到缺失的模型就自动下载，但做不到：\n\n- **GitHub**：很多国内用户访问 GitHub 很慢，在软件里下载上 GB 的模型文件要等很久。\n- **百度网盘**：下载稳定，但百度网盘没有第三方程序能调用的下载接口。\n\n所以只能请用户自己用加速器或百度网盘客户端下载模型。";
    const cards = cardsForEntry(entry(answer, "为什么不在打开软件时自动下载缺失的模型？"), "zh");
    expect(cards.map((c) => c.kind)).not.toContain("enumeration");
    expect(cards.find((c) => c.kind === "basic")!.back).toContain("没有第三方程序能调用的下载接口");
  });

  it("keeps the way a how-answer opens with, not the later alternative that names code", () => {
    const answer =
      "Right click the app's tray icon and choose Preferences.\n\nAlternatively open the Add-ons manager of the browser. To open it, click on the menu button and then Add-ons or open a new tab and type `about:addons` in the address bar. Click the Options button in the row of this add-on in the manager and you're done.";
    const [basic] = cardsForEntry(entry(answer, "How do I open the settings?"), "en");
    expect(basic!.back).toMatch(/^Right click the app's tray icon and choose Preferences\./);
  });

  it("names the deck on the cards of an answer's parts where the basic card names it", () => {
    const source = {
      ...entry("- **Tabs**: to find the stream's tab.\n- **Alarms**: to check for new streams every minute."),
      question: "What are all these permissions used for?",
      deck: "Stream Notifier",
    };
    const cards = cardsForEntry(source, "en");
    expect(cards.find((c) => c.kind === "basic")!.front).toBe(
      "Stream Notifier: What are all these permissions used for?",
    );
    const parts = cards.filter((c) => c.kind !== "basic");
    expect(parts.length).toBeGreaterThan(0);
    for (const card of parts)
      expect(card.front).toMatch(/^Stream Notifier: What are all these permissions used for\?\n/);
  });

  it("names a deck whose name starts with a digit ('0install') on a question that names nothing else", () => {
    const source = {
      ...entry("No: it only adds its own files.", "Does this replace the system's package manager?"),
      deck: "0install FAQ",
    };
    expect(cardsForEntry(source, "en")[0]!.front).toBe("0install FAQ: Does this replace the system's package manager?");
  });

  it("asks to explain a topic entry", () => {
    expect(cardsForEntry(entry("Text.", "单机到集群的性能优化", "topic"), "zh")[0]!.front).toBe(
      "请解释：单机到集群的性能优化",
    );
  });

  it("turns a list into an enumeration card and one card per item", () => {
    const cards = cardsForEntry(
      entry("Steps:\n\n1. Compile the program\n2. Load it\n3. Attach it", "How is a program run?"),
      "en",
    );
    const enumeration = cards.find((c) => c.kind === "enumeration")!;
    expect(enumeration.front).toBe("How is a program run?\n(Name all 3 items.)");
    expect(enumeration.back).toBe("1. Compile the program\n2. Load it\n3. Attach it");
    expect(cards.filter((c) => c.kind === "list-item").map((c) => c.back)).toEqual([
      "Compile the program",
      "Load it",
      "Attach it",
    ]);
  });

  it("makes term → definition cards from `term：definition` and `term: definition` items", () => {
    const cards = cardsForEntry(
      entry("- kprobe：在任意内核函数前后执行代码。\n- tracepoint: 内核中的静态跟踪点。"),
      "zh",
    );
    expect(cards.filter((c) => c.kind === "term").map((c) => [c.front.split("\n")[1], c.back])).toEqual([
      ["其中“kprobe”指什么？", "在任意内核函数前后执行代码。"],
      ["其中“tracepoint”指什么？", "内核中的静态跟踪点。"],
    ]);
  });

  it("is deterministic: same input, same cards and ids", () => {
    const answer = "XDP（eXpress Data Path）很快。\n\n- a：甲乙丙丁\n- b：戊己庚辛";
    expect(cardsForEntry(entry(answer), "zh")).toEqual(cardsForEntry(entry(answer), "zh"));
  });
});

describe("minimum information", () => {
  const long = [
    "XDP是一种高性能的数据包处理技术，可以直接在网络驱动中处理数据包。它避免了数据包的复制。",
    "",
    "XDP可以用于很多网络应用，比如DDoS防御、防火墙、负载均衡、网络监控等等。XDP处理数据包的速度非常快，能够支持高达数百万数据包每秒的速度，并且可以根据需要进行灵活的定制，包括过滤、重定向、修改数据包等等。",
    "",
    "XDP的核心是eBPF技术，eBPF允许在内核态运行安全的、可编程的代码，XDP则是利用eBPF实现了一种高性能、低延迟的数据包处理框架。这使得它在现代数据中心里被广泛地使用，用于各种需要高吞吐量的网络场景之中。",
    "",
    "在部署时，XDP程序可以运行在原生驱动模式、卸载模式或者通用模式下，不同模式的性能差别很大，需要根据网卡的支持情况来选择。",
  ].join("\n");

  it("gives a long answer a short back with its key point", () => {
    const [basic] = cardsForEntry(entry(long, "XDP是什么？"), "zh");
    expect(long.length).toBeGreaterThan(MAX_BACK);
    expect(basic!.back.length).toBeLessThanOrEqual(MAX_BACK);
    expect(basic!.back.startsWith("XDP是一种高性能的数据包处理技术")).toBe(true);
  });

  it("makes no card of a pointer whose other words only repeat the question", () => {
    const pointer =
      "Please read our [CONTRIBUTING.md](CONTRIBUTING.md) guide for detailed information on how to contribute.";
    expect(cardsForEntry(entry(pointer, "How can I contribute to the project?"), "en")).toEqual([]);
    // Words of its own make it an answer.
    const answer = "Please read our [CONTRIBUTING.md](CONTRIBUTING.md) guide, then open a pull request against main.";
    expect(cardsForEntry(entry(answer, "How can I contribute to the project?"), "en")).not.toEqual([]);
  });

  it("leaves where to read more off the back, but keeps an instruction and a lone pointer's verdict", () => {
    const back = (answer: string, lang: "en" | "zh" = "en") => cardsForEntry(entry(answer), lang)[0]!.back;
    expect(
      back("Yes, files up to 4 GB.\n\nIf this is a concern, please write to [support](mailto:s@x.io) with details."),
    ).toBe("Yes, files up to 4 GB.");
    expect(back("Try another USB cable. See [#281](https://x.io/281) and [#283](https://x.io/283).")).toBe(
      "Try another USB cable.",
    );
    expect(back("可以，任何用户都能挂载。\n\n请查看[「客户端读缓存」](cache.md)了解更多信息。", "zh")).toBe(
      "可以，任何用户都能挂载。",
    );
    // "查看错误信息" is what to do, not where to read: without a link or "了解更多" it stays.
    expect(back("检查一下：网络？权限？查看错误信息？", "zh")).toBe("检查一下：网络？权限？查看错误信息？");
  });

  it("ends the key point before a question back to the reader or a teaser, but not at a '?' in brackets", () => {
    const teaser = [
      "Archipelago is a multi-game, multi-world randomizer for a variety of supported games. But what does that mean? Let's break down all the parts that make up Archipelago.",
      "",
      "A randomizer shuffles where the items of a game are found, so that each play is new, and a multi-world shares them.",
    ].join("\n");
    expect(cardsForEntry(entry(teaser, "What is Archipelago?"), "en")[0]!.back).toBe(
      "Archipelago is a multi-game, multi-world randomizer for a variety of supported games.",
    );
    const bracketed = [
      "使用 USB 转 HDMI 转接器会导致这个问题，多见于笔记本电脑。想解决这个问题，需要在设备管理器中禁用 (或者卸载?) 这个驱动程序，然后重启电脑再启动游戏即可恢复正常。",
      "",
      "如果仍然白屏，请检查显卡驱动是否为最新版本，并关闭所有叠加层软件，例如录屏和帧数显示工具。",
    ].join("\n");
    expect(cardsForEntry(entry(bracketed, "启动白屏怎么办？"), "zh")[0]!.back).toContain("禁用 (或者卸载?)");
    // "Let's Encrypt" is a name, not a teaser.
    const name =
      "Let's Encrypt is a free certificate authority. Let's Encrypt certificates are trusted by most browsers and systems, which makes them useful everywhere on the web today.\n\nMore details follow.";
    expect(cardsForEntry(entry(name, "What is it?"), "en")[0]!.back).toMatch(
      /^Let's Encrypt is a free certificate authority\./,
    );
  });

  it("gives a one-item list answer as its text, and keeps a longer list whole", () => {
    const back = (answer: string) => cardsForEntry(entry(answer, "启动报错怎么办？"), "zh")[0]!.back;
    expect(back("- 原因：显卡型号不支持，请使用显存大于16G的显卡")).toBe(
      "原因：显卡型号不支持，请使用显存大于16G的显卡",
    );
    expect(back("- 原因：用错了配置文件\n- 解决方案：换用 windows 配置文件启动")).toBe(
      "- 原因：用错了配置文件\n- 解决方案：换用 windows 配置文件启动",
    );
  });

  it("never cuts the instruction off a sentence that announces code", () => {
    const answer = [
      "Yes. Provided that you use tox 4, you can use it with the build system of the tool. With tox 3, set the isolated build option.",
      "",
      "So, in your `pyproject.toml` file, add this section if it does not already exist:",
      "",
      "```toml",
      "[build-system]",
      'requires = ["core>=1.0.0"]',
      "```",
    ].join("\n");
    expect(cardsForEntry(entry(answer, "Is tox supported?"), "en")[0]!.back).not.toMatch(/So, in your/);
  });

  it("sums up an answer that opens with a list by the list's heads", () => {
    const names = ["准备编译环境", "编译程序", "加载程序", "挂载到事件"];
    const steps = `工作流程如下：\n\n${names.map((n, i) => `${i + 1}. ${n}。${"这一步还有很多很长的说明文字，".repeat(6)}`).join("\n")}`;
    const [basic] = cardsForEntry(entry(steps, "如何工作？"), "zh");
    expect(basic!.back).toBe("工作流程如下：\n\n- 准备编译环境\n- 编译程序\n- 加载程序\n- 挂载到事件");
  });

  it("sums up a command answer by its opening and the command, an outline by its top lines", () => {
    const note = "Note that pinned formulae still need upgrading when another formula depends on them. ".repeat(4);
    const pin = `To stop something from being updated:\n\n    brew pin <formula>\n\nTo allow it again:\n\n    brew unpin <formula>\n\n${note}`;
    expect(cardsForEntry(entry(pin), "en")[0]!.back).toBe(
      "To stop something from being updated:\n\n    brew pin <formula>",
    );
    const outline = `**答题框架**:\n\n\`\`\`\nStep 1: 发现问题\n  ${"慢查日志或监控告警，".repeat(8)}\nStep 2: 分析执行计划\n  ${"看 type 和 rows，".repeat(8)}\n\`\`\``;
    expect(cardsForEntry(entry(outline), "zh")[0]!.back).toBe("- Step 1: 发现问题\n- Step 2: 分析执行计划");
  });

  it("never blanks a pronoun or a clause in an English definition, nor a place in a Chinese one", () => {
    expect(clozesFor("Be careful as this is a destructive operation.")).toEqual([]);
    expect(clozesFor("It is a list of patterns.")).toEqual([]);
    expect(clozesFor("PicGo 在 Mac 上是一个顶部栏应用，在程序坞里不会有图标的。")).toEqual([]);
  });

  it("makes no list cards from platform cases or from an ordered list of explanations", () => {
    const platforms = "- Windows：使用 winloop 来提升性能\n- Linux/macOS：使用 uvloop 来提升性能";
    expect(cardsForEntry(entry(platforms, "如何解决安装失败的问题？"), "zh").map((c) => c.kind)).toEqual(["basic"]);
    const problems = [1, 2, 3]
      .map(
        (i) =>
          `${i}. 旧的自动加载方式在启动时会扫描全部的元数据，表数量很多时第 ${i} 类问题会让启动变得非常缓慢而且占用大量内存。`,
      )
      .join("\n");
    expect(cardsForEntry(entry(problems, "这个异常如何解决？"), "zh").map((c) => c.kind)).not.toContain("list-item");
    const steps = "1. 停止服务\n2. 删除缓存目录\n3. 重新启动服务";
    expect(cardsForEntry(entry(steps, "如何清理缓存？"), "zh").map((c) => c.kind)).toContain("list-item");
    // Ways to choose from ("一些途径举例：", "You have three options:") have no place to recall, only the set.
    // "解决办法如下：" leads into steps all the same.
    const named = "解决办法如下：\n\n1. 停止服务\n2. 删除缓存目录\n3. 重新启动服务";
    expect(cardsForEntry(entry(named, "如何清理缓存？"), "zh").map((c) => c.kind)).toContain("list-item");
    const ways = "只接受指定地区的信用卡。一些途径举例：\n\n1. 虚拟信用卡\n2. 申请国外信用卡\n3. 找人代充";
    const kinds = cardsForEntry(entry(ways, "如何充值？"), "zh").map((c) => c.kind);
    expect(kinds).toContain("enumeration");
    expect(kinds).not.toContain("list-item");
    const options = "You have three options:\n\n1. Restart the app\n2. Clear the cache\n3. Reinstall it";
    expect(cardsForEntry(entry(options, "How do I fix a frozen screen?"), "en").map((c) => c.kind)).not.toContain(
      "list-item",
    );
  });

  it("makes no list cards from tables of contents, link lists or footnotes", () => {
    const toc = "- [安装](#install)\n- [配置](#config)\n- [升级](#upgrade)";
    const footnotes = "正文。\n\n1. https://example.com/a\n2. https://example.com/b\n3. https://example.com/c";
    for (const answer of [toc, footnotes]) {
      const kinds = cardsForEntry(entry(answer), "zh").map((c) => c.kind);
      expect(kinds).not.toContain("list-item");
      expect(kinds).not.toContain("enumeration");
    }
  });

  it("makes no term or enumeration cards from label-headed items", () => {
    const labelled = "- **注意**：先备份数据\n- **案例**：线上库迁移\n- **典型场景**：大表变更";
    const kinds = cardsForEntry(entry(labelled), "zh").map((c) => c.kind);
    expect(kinds).toEqual(["basic"]);
  });
});

describe("clozesFor", () => {
  it("never blanks the number of an illustration", () => {
    const example =
      "For example, if you have foo in your project as a dependency and it occupies 1MB of space, it is stored once.";
    expect(clozesFor(example)).toEqual([]);
    expect(clozesFor("A package that occupies 12MB of space on the disk is stored only once.")).not.toEqual([]);
    // "…to 1GB": a lone digit is an example's round value.
    expect(clozesFor("Increasing the limit to 1GB does not make the tool use that much memory.")).toEqual([]);
  });

  it("keeps the case a sentence opens with on a clause cut from it ('在集群模式下，…最多会重试[…]次')", () => {
    const sentence =
      "在集群模式下，消费的业务逻辑代码会返回稍后重试的状态或者抛出异常，如果一条消息消费失败，最多会重试16次，之后该消息会被丢弃。";
    const [cloze] = clozesFor(sentence);
    expect(cloze?.front).toMatch(/^在集群模式下，/);
    expect(cloze?.front).toContain("最多会重试");
  });

  it("never starts a cloze inside a series ('Windows, macOS, or Linux')", () => {
    const text =
      "You may need a desktop computer running Windows, macOS, or Linux to format the memory card if it is 64GB or larger.";
    for (const { front } of clozesFor(text)) expect(front).not.toMatch(/^(?:macOS|or Linux)/);
    const clause =
      "By default, uploads may wait up to 20 seconds before failing, and downloads may wait up to 60 seconds.";
    expect(clozesFor(clause)[0]!.front).toBe("By default, uploads may wait up to […] seconds before failing");
  });

  it("never blanks a label or a bare unit", () => {
    expect(clozesFor("超时: 90 秒:\n重试: 3 次")).toEqual([]);
  });

  it("blanks acronym expansions, numbers with units and short definitions", () => {
    const clozes = clozesFor(
      "XDP（eXpress Data Path）是一种高性能的数据包处理技术。栈空间很有限（512字节）。涉及到以下四次数据拷贝。Map是一种特殊的数据结构。",
    );
    expect(clozes).toContainEqual({
      front: `XDP（${BLANK}）是一种高性能的数据包处理技术。`,
      back: "eXpress Data Path",
    });
    expect(clozes).toContainEqual({ front: `栈空间很有限（${BLANK}字节）。`, back: "512" });
    expect(clozes).toContainEqual({ front: `涉及到以下${BLANK}次数据拷贝。`, back: "四" });
    expect(clozes).toContainEqual({ front: `${BLANK}是一种特殊的数据结构`, back: "Map" });
  });

  it("works for English too and leaves articles such as 一种 alone", () => {
    const clozes = clozesFor(
      "BPF (Berkeley Packet Filter) filters packets. The stack is limited to 512 bytes. A map is a key-value store.",
    );
    expect(clozes.map((c) => c.back)).toEqual(["Berkeley Packet Filter", "512", "A map"]);
    expect(clozesFor("这是一种技术，提供一个接口。")).toEqual([]);
  });
});

describe("splitTerm", () => {
  it("never splits at a colon between two words (about:preferences, localhost:8080)", () => {
    expect(splitTerm("去地址 about:preferences#advanced")).toBeNull();
    expect(splitTerm("Open localhost:8080 in the browser")).toBeNull();
    expect(splitTerm("Step 1: install the build tools")).toEqual({
      term: "Step 1",
      definition: "install the build tools",
    });
    expect(splitTerm("注意:请先备份数据")).toEqual({ term: "注意", definition: "请先备份数据" });
  });

  it("needs a short term before the colon", () => {
    expect(splitTerm("sk_buff缓冲区：sk_buff是网络数据包的数据结构")).toEqual({
      term: "sk_buff缓冲区",
      definition: "sk_buff是网络数据包的数据结构",
    });
    expect(splitTerm("在应用程序中，通过read系统调用：读数据")).toBeNull();
    expect(splitTerm("no colon here")).toBeNull();
  });

  it("never splits at the colon of a URL or one inside code", () => {
    expect(splitTerm("将 site_url 设置为 https://nn.ci/alist 或者仅/alist")).toBeNull();
    expect(splitTerm("运行 `a:b` 即可完成配置")).toBeNull();
  });
});

describe("cards a strict reader rejected", () => {
  it("never gives a sub-heading as the key point", () => {
    const code = "```python\nmodel.save_pretrained('./checkpoint')\nmodel.from_pretrained('./checkpoint')\n```";
    const other = "```python\npaddle.save(layer.state_dict(), 'emb.pdparams')\npaddle.load('emb.pdparams')\n```";
    const answer = `（1）预训练模型\n\n${code}\n\n（2）常规模型的保存与加载方式不同，需要分别处理参数文件与优化器状态文件，请按下面的写法操作。\n\n${other}\n\n${other}`;
    const [basic] = cardsForEntry(entry(answer, "如何保存、加载训练好的模型？"), "zh");
    expect(basic!.back).not.toBe("（1）预训练模型");
    expect(basic!.back).not.toBe("预训练模型");
  });

  it("answers a how-to with the paragraph naming the flag, not the background before it", () => {
    const background =
      "By default, the tool searches in parallel because this makes the search much faster on most modern systems. " +
      "This in turn means that the tool has a non-deterministic aspect to it, since threads interleave at run time. " +
      "This has the effect of printing results in a somewhat arbitrary order, and this order can change from run to run.";
    const answer = `${background}\n\nThe only way to make the order consistent is to sort the output. You can achieve this with the \`--sort path\` flag.`;
    const [basic] = cardsForEntry(entry(answer, "How can I get results in a consistent order?"), "en");
    expect(basic!.back).toContain("`--sort path`");
    expect(basic!.back).not.toContain("By default");
  });

  it("answers a how-to with the sentence announcing its first code block and the block, not a later paragraph", () => {
    const answer = [
      "Sometimes a build fails for reasons outside your change. If that happens, you can trigger a rebuild by amending the last commit and force pushing it:",
      "",
      "```bash",
      "git commit --amend",
      "git push -f",
      "```",
      "",
      "If the problem was in the `ci` scripts, you may be asked to rebase once they are fixed. To do so, run:",
      "```bash",
      "git rebase upstream/main",
      "```",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "Some checks failed. How do I trigger a rebuild?"), "en");
    expect(basic!.back).toBe(
      "If that happens, you can trigger a rebuild by amending the last commit and force pushing it:\n\n```bash\ngit commit --amend\ngit push -f\n```",
    );
  });

  it("answers an error heading whose answer quotes the error with the steps after it", () => {
    const answer = [
      "java.io.IOException: Unable to open socket file: target process not responding",
      "",
      "1. 检查当前用户和目标进程的用户是否一致。如果不一致，则切换到同一用户。",
      "2. 尝试使用 `jstack -l $pid`，如果进程没有反应，说明进程可能假死。",
      "3. 重启目标进程后再试一次。",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "target process not responding"), "zh");
    expect(basic!.back).toBe(
      "- 检查当前用户和目标进程的用户是否一致\n- 尝试使用 `jstack -l $pid`，如果进程没有反应，说明进程可能假死\n- 重启目标进程后再试一次",
    );
  });

  it("makes no enumeration card for a yes/no question, whose list only gives reasons", () => {
    const answer = "不做，原因有两点：\n\n- 识别延迟\n- 显存占用";
    expect(cardsForEntry(entry(answer, "能实时显示预览吗？"), "zh").map((c) => c.kind)).not.toContain("enumeration");
    expect(cardsForEntry(entry(answer, "为什么不做实时预览？"), "zh").map((c) => c.kind)).toContain("enumeration");
  });

  it("answers a problem heading with the paragraph naming the fix, not the background before it", () => {
    const answer = [
      "The tool is written in Go which uses a garbage collector. The default settings for the garbage collector mean that it runs when the heap size has doubled, and it keeps a lot of memory between runs as a result.",
      "",
      "However it is possible to tune the garbage collector to use less memory by setting GOGC to a lower value, say `export GOGC=20`.",
      "",
      "The most common cause of high memory use is a single directory with millions of files in it, which has to be loaded entirely into memory.",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "The tool is using too much memory"), "en");
    expect(basic!.front).toBe("What do you do about this: The tool is using too much memory?");
    expect(basic!.back).toContain("`export GOGC=20`");
  });

  it("makes no term or enumeration cards from the cases of a how-to answer", () => {
    const answer =
      "- Windows: alist.exe server --debug\n- Linux: ./alist server --debug\n- Docker: docker exec -it alist ./alist server --debug";
    const kinds = cardsForEntry(entry(answer, "如何快速定位Bug"), "zh").map((c) => c.kind);
    expect(kinds).toEqual(["basic"]);
  });

  it("makes no term card whose definition is a command", () => {
    const answer =
      "- 服务端程序：./alist server --debug\n- 网页客户端：用于浏览文件的网页界面\n- 存储后端：挂载的网盘或本地目录";
    const terms = cardsForEntry(entry(answer, "AList 由哪些部分组成"), "zh").filter((c) => c.kind === "term");
    expect(terms.map((c) => c.back)).toEqual(["用于浏览文件的网页界面", "挂载的网盘或本地目录"]);
  });

  it("never blanks a function phrase, a number shown elsewhere, or a count of items listed beside it", () => {
    expect(clozesFor("The following is a short list of tested shaders.")).toEqual([]);
    expect(clozesFor("For example, using --dfa-size-limit 1G will set the cache size to 1GB.")).toEqual([]);
    expect(clozesFor("优先级我们有 HIGHEST、HIGH、MEDIUM、LOW 和 LOWEST 五种级别。")).toEqual([]);
    expect(clozesFor("DolphinScheduler 由 5 个服务组成，用于调度任务。").map((c) => c.back)).toEqual(["5"]);
  });

  it("gives a point that announces a short block the block too", () => {
    const answer =
      'You can try adding the following setting, then reload the editor:\n\n```json\n"affinity": { "vim": 1 }\n```\n\n' +
      "**Caveats:** each time you update your settings file, the plugin reloads, which takes a few seconds. ".repeat(3);
    const [basic] = cardsForEntry(entry(answer, "The editor is too slow"), "en");
    expect(basic!.back).toBe(
      'You can try adding the following setting, then reload the editor:\n\n```json\n"affinity": { "vim": 1 }\n```',
    );
  });

  it("answers a how-to told after background and a list with the paragraph saying how", () => {
    const answer = [
      "从1.1.0版本开始，portal增加了查看权限的支持，可以支持配置某个环境只允许项目成员查看私有Namespace的配置。",
      "这里的项目成员是指：",
      "1. 项目的管理员\n2. 具备该私有Namespace在该环境下的修改或发布权限",
      "配置方式很简单，用超级管理员账号登录后，进入`管理员工具 - 系统参数`页面新增或修改`configView.memberOnly.envs`配置项即可。",
      "![configView.memberOnly.envs](https://example.org/a.png)",
    ].join("\n\n");
    expect(cardsForEntry(entry(answer, "如何配置查看权限?"), "zh")[0]!.back).toBe(
      "配置方式很简单，用超级管理员账号登录后，进入`管理员工具 - 系统参数`页面新增或修改`configView.memberOnly.envs`配置项即可。",
    );
  });

  it("makes no card from an answer that only points elsewhere, but keeps a verdict or a link's own words", () => {
    for (const answer of [
      "参考[#1560](https://github.com/example/app/issues/1560)",
      "可以参考[定制主题](/docs/customize-theme)。",
      "请参考使用手册 [安装向导](/docs/install) 部分内容。",
      "相关问题请参考[文档](/docs/faq)。",
      "GPU相关问题请参考[GPU文档](/docs/gpu)。",
      "Check out the [Why](overview.md#why) section",
      "[https://opencollective.com/example](https://opencollective.com/example)",
      "This has now been documented in its own [remote setup page](/remote_setup/).",
      "解决方法同上",
      "Same as above.",
      "许多项目已经在使用zookeeper，如果希望Eureka替换为zookeeper的情况，可以参考[@someone](https://example.org/u)贡献的改造步骤：[替换为zookeeper](https://example.org/post)",
      "If you want to run it behind a proxy, see [this post](https://example.org/proxy).",
    ])
      expect(cardsForEntry(entry(answer, "如何定制主题？"), "zh")).toEqual([]);
    for (const answer of [
      "支持。请查阅 [模块](module.md)。",
      "Yes. See the [guide](GUIDE.md#config).",
      "Use [semantic versioning](http://semver.org).",
      "添加[元信息](../guide/meta.md)",
      "如果有多网卡，需要在/etc/hosts里加一条映射，可以参考[说明](https://example.org/hosts)。",
    ])
      expect(cardsForEntry(entry(answer, "Is it supported?"), "en").map((c) => c.kind)).toEqual(["basic"]);
  });

  it("asks what to do about a problem heading, and to explain any other heading that asks nothing", () => {
    const front = (question: string, language: "zh" | "en") =>
      cardsForEntry(entry("Restart the server.", question), language)[0]!.front;
    expect(front("Connection Error.", "en")).toBe("What do you do about this: Connection Error?");
    expect(front("KWin compositor crashes", "en")).toBe("What do you do about this: KWin compositor crashes?");
    expect(front("Version 3 is buggy, I went back to 2.", "en")).toBe(
      "What do you do about this: Version 3 is buggy, I went back to 2?",
    );
    expect(front("The sync gets stuck at 99%", "en")).toBe("What do you do about this: The sync gets stuck at 99%?");
    expect(front("当我动态改变 defaultValue 的时候它并没有生效。", "zh")).toBe(
      "遇到这个问题怎么办：当我动态改变 defaultValue 的时候它并没有生效",
    );
    expect(front("Prerelease versions", "en")).toBe("Explain: Prerelease versions");
    expect(front("能不能查看内存里某个变量的值", "zh")).toBe("能不能查看内存里某个变量的值");
    expect(front("Why is it slow?", "en")).toBe("Why is it slow?");
  });

  it("makes no card asking for a numbered label or for the k-th of a list that is no procedure", () => {
    const labels = "- 方式一：在实体上加注解\n- 方式二：在全局配置里设置\n- 方式三：改写 SQL 注入器";
    expect(cardsForEntry(entry(labels, "空字符串怎么插入？"), "zh").map((c) => c.kind)).not.toContain("enumeration");
    const rules = "1. 列表前要有空行\n2. 点号后要有空格\n3. 标题后要有空行";
    expect(cardsForEntry(entry(rules, "remark-lint 要求怎样的格式"), "zh").map((c) => c.kind)).not.toContain(
      "list-item",
    );
  });

  it("answers with the sentence that answers, not a question back to the reader", () => {
    const answer =
      "First of all, did you check out the plugins page? Generally, we keep the core small and leave features to plugins. " +
      "It lists about a hundred plugins doing all kinds of things, and there is a high chance it has what you need.\n\n" +
      "More paragraphs follow here with a lot of detail about how the project decides what goes into the core. ".repeat(
        3,
      );
    const [basic] = cardsForEntry(entry(answer, "Why is there still no feature X?"), "en");
    expect(basic!.back.startsWith("Generally, we keep the core small")).toBe(true);
  });

  it("makes no enumeration that asks for what its front already names", () => {
    const answer = "- Trusted events: generated by the user\n- Untrusted events: generated by a script";
    const kinds = cardsForEntry(entry(answer, "What is the difference between trusted and untrusted events?"), "en");
    expect(kinds.map((c) => c.kind)).not.toContain("enumeration");
  });

  it("never blanks a number among other figures: a range, a sum or a neighbour", () => {
    expect(clozesFor("关键参数建议设为物理内存的 70-80%，可以按需调整。")).toEqual([]);
    expect(clozesFor("新生代中可用内存空间为整个新生代容量的 90%（80%+10%），其余留作备用。")).toEqual([]);
    expect(clozesFor("三层 B+ 树可索引约 2100 万条记录，磁盘读取最多三次。")).toEqual([]);
  });

  it("makes no term card from an instruction, a pointer or a question under a head", () => {
    const answer =
      "- 将 site_url 设置为 https：重启服务即可生效\n- 更多情况参考：https://example.com/issues/347\n- Customers: Do our customers use emulators or devices?\n- 数据分片：将大文件切分成多个小文件分别存储";
    const terms = cardsForEntry(entry(answer, "部署时要注意什么"), "zh").filter((c) => c.kind === "term");
    expect(terms.map((c) => c.back)).toEqual(["将大文件切分成多个小文件分别存储"]);
  });
});

describe("fronts that stand alone", () => {
  it("puts no title before a question when the title names no product ('常见问题及反馈', 'Troubleshooting guide')", () => {
    const front = (question: string, deck: string, lang: "en" | "zh") =>
      cardsForEntry({ id: "d/e1", kind: "question", question, answer: "Yes, both ways.", deck }, lang)[0]!.front;
    expect(front("发生了 OOM 怎么办？", "常见问题及反馈", "zh")).toBe("发生了 OOM 怎么办？");
    expect(front("Why is it slow?", "Troubleshooting guide", "en")).toBe("Why is it slow?");
  });

  it("asks what to do about a heading naming odd behaviour ('Random weird issues')", () => {
    const [basic] = cardsForEntry(entry("Reinstall the game for all players.", "Random weird issues", "topic"), "en");
    expect(basic!.front).toBe("What do you do about this: Random weird issues?");
  });

  it("makes no card for an answer that only invites to a chat ('join us on Discord', '加入我们的交流群')", () => {
    const discord = "Please join us on [Discord](https://example.org/invite) and discuss it with us!";
    expect(cardsForEntry(entry(discord, "I have an idea! What should I do?"), "en")).toEqual([]);
    const group = "欢迎加入我们的交流群讨论：[点此加入](https://example.org/group)";
    expect(cardsForEntry(entry(group, "我有一个新想法怎么办？"), "zh")).toEqual([]);
  });

  it("makes no card for how to give the project money", () => {
    expect(cardsForEntry(entry("Thanks. There is a Patreon page.", "How can I donate to the project?"), "en")).toEqual(
      [],
    );
    expect(cardsForEntry(entry("可以在爱发电赞助我们。", "如何赞助这个项目？"), "zh")).toEqual([]);
  });

  it("asks a heading answered by a verdict ('不能。…', 'No.') as a yes/no question, not 'explain'", () => {
    const [zh] = cardsForEntry(entry("不能。因为目前的架构只支持一份配置。", "一个图床设置多个账号", "topic"), "zh");
    expect(zh!.front).toBe("能否：一个图床设置多个账号？");
    const [en] = cardsForEntry(
      entry("No. Each profile keeps one account.", "Several accounts per profile", "topic"),
      "en",
    );
    expect(en!.front).toBe("Is this possible: Several accounts per profile?");
    const [topic] = cardsForEntry(entry("Each profile keeps one account.", "Accounts", "topic"), "en");
    expect(topic!.front).toBe("Explain: Accounts");
  });

  const front = (question: string, deck: string | null, topic: string | null = null, lang: "en" | "zh" = "en") =>
    cardsForEntry({ id: "d/e1", kind: "question", question, answer: "Yes, both ways.", deck, topic }, lang)[0]!.front;

  it("puts the deck's title before a question that names nothing the title names, and the section when it leans on it", () => {
    expect(front("How can I get results in a consistent order?", "ripgrep FAQ")).toBe(
      "ripgrep FAQ: How can I get results in a consistent order?",
    );
    expect(front("Does it convert between number types?", "RapidJSON FAQ", "Values")).toBe(
      "RapidJSON FAQ · Values: Does it convert between number types?",
    );
    expect(front("支持多主键？", "Seata 常见问题", null, "zh")).toBe("Seata 常见问题：支持多主键？");
    expect(front("这些东西下载来有什么用？", "炉石脚本 常见问题", "安装", "zh")).toBe(
      "炉石脚本 常见问题 · 安装：这些东西下载来有什么用？",
    );
  });

  it("leaves a question that names the deck's subject, or a deck titled only 'FAQ', as it is", () => {
    expect(front("How do I stop ripgrep from messing up colors when I kill it?", "ripgrep FAQ")).toBe(
      "How do I stop ripgrep from messing up colors when I kill it?",
    );
    expect(front("XDP技术到底是干嘛的", "eBPF 与 XDP 常见问题", null, "zh")).toBe("XDP技术到底是干嘛的");
    expect(front("How do I install the plugin?", "Frequently Asked Questions")).toBe("How do I install the plugin?");
    expect(front("如何调试数据读取程序？", "常见问题", "数据集", "zh")).toBe("如何调试数据读取程序？");
    expect(front("Does it convert between number types?", null)).toBe("Does it convert between number types?");
  });
});

describe("clean backs", () => {
  const filler =
    "\n\nThe rest of this answer explains how the project grew over the years, which tools it uses to build and test itself, and where its releases are published for every platform it supports today.";
  const back = (question: string, answer: string) =>
    cardsForEntry({ id: "d/e", kind: "question", question, answer: answer + filler }, "en")[0]!.back;

  it("keeps an initial with its name, and a power as a power", () => {
    expect(back("Who maintains it?", "Philipp A. Hartmann maintains the parser and its tests.")).toMatch(
      /^Philipp A\. Hartmann maintains/,
    );
    expect(back("How big can integers be?", "Integers up to 2<sup>53</sup> are exact in a double.")).toMatch(
      /2\^53|<sup>53<\/sup>/,
    );
  });

  it("keeps the step a how-to answer says is also needed", () => {
    const answer =
      "In the start file change the `pip install --upgrade tool` line to `pip install tool<6.0`.\n\nYou also need to run `pip uninstall tool-next` to remove the current version.";
    expect(back("How do I go back to version 5?", answer)).toBe(
      "In the start file change the `pip install --upgrade tool` line to `pip install tool<6.0`. You also need to run `pip uninstall tool-next` to remove the current version.",
    );
  });

  it("keeps both halves of a contrast in an item cut to its head", () => {
    const answer =
      "主要有两个原因：\n\n- 官方测精度时使用动态尺寸的模型；而模型库为了简单易用，使用了固定尺寸的模型，测试结果会比动态尺寸的低一些。\n- 模型在开启量化后，也会有一部分精度损失，这部分损失与校准数据集的大小和分布有关，一般在一个百分点以内。\n- 在板端用 C 接口测试精度时，读取图片的方式会影响测试结果，例如用 cv2 和 stbi 读取同一张图片时得到的结果会有细微的差别。";
    expect(cardsForEntry(entry(answer, "精度为什么比官方的结果低？"), "zh")[0]!.back).toContain(
      "官方测精度时使用动态尺寸的模型；而模型库为了简单易用，使用了固定尺寸的模型",
    );
  });

  it("puts a full stop written on a line of its own back on its word", () => {
    expect(
      back("Can my PC run it?", "It runs on any CPU newer than 2019. 6 GB of RAM or more is recommended\n\n."),
    ).toMatch(/^It runs on any CPU newer than 2019\. 6 GB of RAM or more is recommended\.$/);
  });

  it("drops a closing 'check … for details' pointer", () => {
    const answer =
      "Parsing stops at the first invalid character, or when the handler asks it to stop. Check [parse error](doc/dom.md) for details.";
    expect(
      cardsForEntry({ id: "d/p", kind: "question", question: "When does parsing fail?", answer }, "en")[0]!.back,
    ).toBe("Parsing stops at the first invalid character, or when the handler asks it to stop.");
  });

  it("drops a pointer wrapped onto the next line with the words that end it", () => {
    const answer =
      "You have run into a bug of the file system driver. See [issue #48](https://example.org/issues/48)\nfor details. Upgrading the driver to 0.6.4 fixes it.";
    const card = cardsForEntry(
      { id: "d/z", kind: "question", question: "Why do the tests fail on my disk?", answer },
      "en",
    )[0]!;
    expect(card.back).toBe(
      "You have run into a bug of the file system driver.\nUpgrading the driver to 0.6.4 fixes it.",
    );
  });

  it("shows a one-item numbered answer without its number", () => {
    const answer = "1. 需要在引导类中添加 `@SpringBootApplication(exclude = JtaAutoConfiguration.class)`。";
    expect(
      cardsForEntry({ id: "d/j", kind: "question", question: "如何避免自动加载事务管理器？", answer }, "zh")[0]!.back,
    ).toBe("需要在引导类中添加 `@SpringBootApplication(exclude = JtaAutoConfiguration.class)`。");
  });

  it("asks what to do about an out-of-memory error, not to explain it", () => {
    const card = cardsForEntry(
      { id: "d/o", kind: "topic", question: '"GPU out of memory"', answer: "Lower the batch size." },
      "en",
    )[0]!;
    expect(card.front).toMatch(/^What do you do about this/);
  });

  it("asks what to do about a warning that still shows", () => {
    const question = "修改配置中路径后，加载模型依然提示WARNING: No model found with name text2vec";
    const card = cardsForEntry(
      { id: "d/w", kind: "topic", question, answer: "请把模型路径改为本地绝对路径。" },
      "zh",
    )[0]!;
    expect(card.front).toMatch(/^遇到这个问题怎么办/);
  });
});

describe("backs that answer what the front asks", () => {
  it("keeps the code right after a sentence saying how ('可以通过参数开启。')", () => {
    const answer = [
      "默认情况下会过滤掉系统自带的类和被根加载器加载的类。可以通过参数开启。",
      "```bash\noptions unsafe true\n```",
      "更多参考 [options](options.md)",
      "通过插桩接口追加到根加载器的包也需要开启这个参数，否则增强时会被跳过，命令会直接返回而不报任何错误。",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(answer, "命令能否增强系统自带的类？"), "zh");
    expect(basic!.back).toBe(
      "默认情况下会过滤掉系统自带的类和被根加载器加载的类。可以通过参数开启。\n\n```bash\noptions unsafe true\n```",
    );
  });

  it("answers a problem told with 'When I …' by the workaround, not the cause", () => {
    const answer = [
      "Some old versions of the bootloader have a known bug in watchdog event handling. This typically shows when the restart method is set to command, and the board stays unresponsive until power is removed.",
      "The workaround is to use another restart method or to flash an updated bootloader to the board.",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(answer, "When I set the restart method to command my board just hangs"), "en");
    expect(basic!.back).toBe(
      "The workaround is to use another restart method or to flash an updated bootloader to the board.",
    );
  });

  it("blanks no name the question already says, unless it asks what that is; no clause as a subject", () => {
    const ruff = cardsForEntry(
      entry("Ruff is a linter, not a type checker. It can run beside Mypy.", "How does Ruff compare to Mypy?"),
      "en",
    );
    expect(ruff.filter((c) => c.kind === "cloze")).toEqual([]);
    const map = cardsForEntry(entry("Map是一种在内核和用户空间之间共享数据的结构。", "什么是 Map？"), "zh");
    expect(map.some((c) => c.kind === "cloze" && c.back === "Map")).toBe(true);
    const clause = cardsForEntry(
      entry("该提示说明节点数量不够了。因为系统默认是一个节点中有核数两倍的分片。", "建库时提示节点不足怎么办？"),
      "zh",
    );
    expect(clause.some((c) => c.kind === "cloze" && c.back === "因为系统默认")).toBe(false);
  });

  it("drops a link that only says 'more' or 'docs' ('[更多](…)', '（[API 文档](…)）')", () => {
    const more = "你可以尝试通过高阶组件拓展组件的功能。 [更多](https://example.org/hoc)";
    expect(cardsForEntry(entry(more, "如何拓展组件？"), "zh")[0]!.back).toBe("你可以尝试通过高阶组件拓展组件的功能。");
    const docs = "使用 `getPopupContainer`（[API 文档](/components/select)）把弹层渲染到滚动区域内。";
    expect(cardsForEntry(entry(docs, "弹层跟着滚动怎么办？"), "zh")[0]!.back).toBe(
      "使用 `getPopupContainer`把弹层渲染到滚动区域内。",
    );
  });

  it("drops the label of a summary from the back ('Short answer:')", () => {
    const answer = [
      "Short answer: We want printers to report problems so that the cause can be fixed.",
      "Long answer: many checks run while the printer works, and each of them stops the print when a reading is out of range, because a print that goes on after a fault can damage the machine and waste hours of material.",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(answer, "Why does it report errors?"), "en");
    expect(basic!.back).toBe("We want printers to report problems so that the cause can be fixed.");
  });

  it("gives a bare verdict ('Yes!') with the how that follows it and the code it announces", () => {
    const answer = [
      "Yes! To enforce a docstring convention, add a `convention`\nsetting to your configuration file:",
      "**pyproject.toml**",
      '```toml\n[tool.lint.docstyle]\nconvention = "google"\n```',
      "For example, if you came from another linter, set the same convention as before in the same file.",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(answer, "Does it support Google-style docstrings?"), "en");
    expect(basic!.back).toBe(
      'Yes! To enforce a docstring convention, add a `convention` setting to your configuration file:\n\n**pyproject.toml**\n\n```toml\n[tool.lint.docstyle]\nconvention = "google"\n```',
    );
  });

  it("weighs a Chinese back by its width: a long paragraph gives its first sentences, not all of it", () => {
    const answer =
      "因为历史原因，弹出类组件的显示属性命名并不统一，`open` 与 `visible` 两种写法都在使用。" +
      "这让开发者在写代码时需要额外记住每个组件用的是哪一种。" +
      "同样也让新增功能时选择哪种命名变得模棱两可，讨论了很久都没有结论。" +
      "因此我们决定统一使用 `open`，旧的 `visible` 仍然向下兼容，但是会在下一个大版本中从文档里移除。";
    const [basic] = cardsForEntry(entry(answer, "弹出类组件为什么要统一使用 open 属性？"), "zh");
    expect(basic!.back).toMatch(/^因为历史原因，弹出类组件的显示属性命名并不统一/);
    expect(basic!.back).not.toContain("因此我们决定统一使用");
  });

  it("keeps lines that end without a full stop apart when it joins them", () => {
    const answer = [
      "推荐十到五十分钟",
      "  音质高、底噪低的情况下，音色统一则多多益善",
      "  精简且有特色的训练集，五到十分钟也可以，很多人都这样训练过并且效果很好，作者本人也经常这样训练",
      "  也有人用一到两分钟的数据训练成功，但这种经验别人很难复现，不太具备参考价值，要求音色特色非常明显而且音质很高",
      "  一分钟以下的数据目前没有见到有人成功过，不建议这样做，效果通常很差而且不稳定，也很难复现。",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(answer, "需要多少训练集时长？"), "zh");
    expect(basic!.back).toMatch(/^推荐十到五十分钟\n音质高、底噪低的情况下，音色统一则多多益善\n精简/);
  });

  it("answers a 'why' whose answer opens with background by the sentence naming the cause", () => {
    const answer = [
      "这款游戏支持多个平台，商店里也有 Windows、Linux 和 macOS 版本，每个版本的内容和存档格式都完全一样，随时都能切换。",
      "对于 Linux 版来说，商店既支持原生运行，也支持用兼容层运行，兼容层可以在游戏属性的兼容性选项里打开或者关闭。",
      "我们的 Linux 补丁是为原生版本制作的，用兼容层运行时会导致游戏里的图像变成紫色方块。",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(answer, "为什么游戏里的图像都是紫色方块？"), "zh");
    expect(basic!.back).toBe("我们的 Linux 补丁是为原生版本制作的，用兼容层运行时会导致游戏里的图像变成紫色方块。");
  });

  it("ends before a closing 'related issue' pointer ('相关 issue: [#38794](…)')", () => {
    const answer = "你可以调整样式优先级以覆盖。相关 issue: [#38794](https://github.com/example/ui/issues/38794)";
    const [basic] = cardsForEntry(entry(answer, "样式优先级冲突怎么办？"), "zh");
    expect(basic!.back).toBe("你可以调整样式优先级以覆盖。");
  });

  it("skips the pointers an answer opens with ('> 相关讨论：#386', 'please read these FAQs first:' and its links)", () => {
    const read = [
      "If you haven't already done so, please read these FAQs first:",
      "- [What is a board?](#what-is-a-board)\n- [What is a shield?](#what-is-a-shield)",
      "A board holds the controller, so the same shield works with any board that fits its pins. Keeping them apart lets one shield definition serve many boards.",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(read, "Why boards and shields?"), "en");
    expect(basic!.back).toMatch(/^A board holds the controller/);
    const config = [
      "> 相关讨论：[#386](https://github.com/example/app/issues/386)",
      "如果你使用 nginx 反向代理，需要在配置文件中增加下列代码：",
      "```\nproxy_cache off;  # 关闭缓存\nproxy_buffering off;  # 关闭代理缓冲\nchunked_transfer_encoding on;  # 开启分块传输编码\n" +
        "tcp_nopush on;  # 开启 TCP NOPUSH 选项\ntcp_nodelay on;  # 开启 TCP NODELAY 选项\nkeepalive_timeout 300;  # 设定 keep-alive 超时时间\n```",
      "如果你是在其他平台部署，此问题依然等待解决，请耐心等待。",
    ].join("\n\n");
    const [code] = cardsForEntry(entry(config, "为什么我部署的版本没有流式响应"), "zh");
    expect(code!.back).toMatch(/^如果你使用 nginx 反向代理，需要在配置文件中增加下列代码：\n\n```\nproxy_cache off;/);
    expect(code!.back).toContain("keepalive_timeout 300;");
    expect(code!.back).not.toContain("相关讨论");
  });

  it("keeps the turn after a one-sentence verdict ('相反，…', 'Instead, …') and stops there", () => {
    const zh =
      "不会把整个处理过程放在内核态中运行，这样做风险太大。相反，它只在内核里做过滤和计数，结果交给用户态程序。" +
      "这样既安全又能保持很高的性能，内核升级时也不容易出问题。很多用户都用它来做线上的监控和排查，效果不错，资料也很多。" +
      "以后可能还会加入更多的功能，比如更细的权限控制和更多种类的统计。";
    const [basic] = cardsForEntry(entry(zh, "它是把处理都放在内核态运行了吗"), "zh");
    expect(basic!.back).toBe(
      "不会把整个处理过程放在内核态中运行，这样做风险太大。相反，它只在内核里做过滤和计数，结果交给用户态程序。",
    );
  });

  const basicBack = (
    answer: string,
    question: string,
    lang: "en" | "zh" = "en",
    kind: "question" | "topic" = "question",
  ) => cardsForEntry(entry(answer, question, kind), lang)[0]!.back;

  it("keeps a short how-to answer whole: the background before its command is half the answer", () => {
    const answer =
      '你可以同时保留多个目录，例如 tool-1.0 和 tool-1.1。\n\n要使环境中使用系统里安装的默认版本而不是当前目录里的版本，可以删除出现在相关脚本中的这一行代码：\n\n```shell\nPYTHONPATH="$(dirname $0)/..":$PYTHONPATH\n```';
    expect(basicBack(answer, "如何同时使用多个版本进行开发", "zh")).toBe(answer);
  });

  it("answers a how-to with the paragraph naming new code, not one about the code the question names", () => {
    const answer =
      "The `-l/--list` flag reads a file of names, one per line, and checks each of them in turn against the index of the archive. " +
      "It then reports every name it found.\n\n" +
      "When the file is long, the lookups can get slow, because the index is rebuilt for every name and then thrown away. " +
      "Keeping the index in memory fixes that: pass `--keep-index` and the index is built once for the whole run.";
    const back = basicBack(answer, "How do I make the -l/--list flag faster?");
    expect(back).toContain("--keep-index");
    expect(back).not.toMatch(/^The `?-l\/--list/);
  });

  it("does not answer a how-to with the code that only sets up its example", () => {
    const answer = [
      "Let's take the following two trees:",
      '```cpp\nTree left;\nleft.Load("a.json");\nTree right;\nright.Load("b.json");\n```',
      "Let's assume we want the whole `right` tree to become a branch of `left`:",
      '```js\n{ "left": { "right": {} } }\n```',
      "The important part is the memory: the branch must be made with the allocator of the tree that will own it. " +
        'So build `right` with `left.GetAllocator()`, then add it with `left.AddBranch("right", right, left.GetAllocator())`:',
      '```cpp\nTree right(&left.GetAllocator());\nleft.AddBranch("right", right, left.GetAllocator());\n```',
      "Another way is to copy the tree into the allocator of the other one, which costs a deep copy of every node in it:",
      '```cpp\nBranch copy(right, left.GetAllocator());\nleft.AddBranch("right", copy, left.GetAllocator());\n```',
    ].join("\n\n");
    const back = basicBack(answer, "How to insert a tree into another tree?");
    expect(back).toContain("GetAllocator");
    expect(back).not.toMatch(/Let's (?:take|assume)|Tree left;/);
  });

  it("never sums up program code as an outline of its lines", () => {
    const answer =
      "Call one of the `SetXXX()` methods - they call the destructor which frees the DOM data:\n\n~~~~~~~~~~cpp\nDocument d;\n...\nd.SetObject();  // clear and minimize\n~~~~~~~~~~\n\nAlternatively, use the equivalent of the [C++ swap with temporary idiom](https://example.org/swap):\n~~~~~~~~~~cpp\nValue(kObjectType).Swap(d);\n~~~~~~~~~~\nor the same, but slightly longer to type:\n~~~~~~~~~~cpp\nd.Swap(Value(kObjectType).Move());\n~~~~~~~~~~";
    expect(basicBack(answer, "How to clear-and-minimize a value?")).not.toMatch(/^- Document d;/m);
  });

  it("gives the advice of a what-should-I-do answer, not the reassurance before it", () => {
    const answer =
      "We keep tuning the renderer with every release, and the next one brings a faster path for the fog and the water. " +
      "Sadly, there is little to change on your side, so if lowering the " +
      "texture quality did not help, consider closing the browser tabs that play video. Old laptops suffer most from this.";
    expect(basicBack(answer, "The map stutters, what should I do?")).toMatch(/^Sadly.*consider closing/);
  });

  it("gives the fixes a problem answer introduces, not the cause before them", () => {
    const answer =
      "把宿主机上的一个目录绑定到容器里时，可能遇到这个错误。这是因为普通用户执行了挂载命令，导致容器没有权限访问这个目录，所以容器启动失败。\n\n" +
      "这个问题有两种解决方法：\n\n1. 用管理员账号重新挂载。挂载完成后再启动容器，容器就能读写这个目录了\n2. 在配置文件中打开共享选项。请查看共享选项的文档了解更多信息";
    expect(basicBack(answer, "mount: permission denied", "zh", "topic")).toBe(
      "这个问题有两种解决方法：\n\n- 用管理员账号重新挂载\n- 在配置文件中打开共享选项",
    );
  });

  it("keeps a point that already says what to do", () => {
    const answer =
      "To restart the pad: hold the two side keys, then let go of both. If nothing happens, unplug it and hold the power " +
      "key for ten seconds. When the light blinks, you can let go.";
    expect(basicBack(answer, "My pad is frozen, how do I restart it?")).toMatch(/^To restart the pad: hold/);
  });

  it("answers a how-to with the sentence naming the command, after the sentence it explains", () => {
    const answer =
      "An earlier entry showed how to start a copy built from your own checkout, with the launcher fetching the libraries and tools it needs on the first run. " +
      "However, if a tool asks for the package by its usual address (`https://example.org/feeds/pad.xml`), it will not see your copy. " +
      "To register it, use `padctl link`:\n\n```\n$ padctl link pad.xml\n```";
    const back = basicBack(answer, "How can I register my copy under the usual address?");
    expect(back).toContain("To register it, use `padctl link`");
    expect(back).not.toContain("An earlier entry");
  });

  it("gives the verdict after a hedge, and the answer after a doubt restated as a question", () => {
    expect(
      basicBack(
        "Moving builds between systems has its problems (not only for us). However, our builds run on every system we tried, so it works.",
        "Can one build run on all systems?",
      ),
    ).toContain("so it works");
    expect(
      basicBack(
        "Some kernels let any user become root. Could a package exploit that?\n\nWell, yes. But any script from the web could do the same, with or without the tool. An unsafe kernel is unsafe anyway.",
        "What about kernel bugs? The tool is still unsafe then!",
      ),
    ).toMatch(/^Well, yes\. But any script/);
  });

  it("asks the question a heading asks itself, even when it ends with an exclamation", () => {
    expect(cardsForEntry(entry("No.", "What about kernel bugs? The tool is still unsafe then!"), "en")[0]!.front).toBe(
      "What about kernel bugs? The tool is still unsafe then!",
    );
  });

  it("makes no card from an answer that only says where the information can be found", () => {
    expect(
      cardsForEntry(
        entry("All the details to run your own relay can be found [here](/relay).", "How can I run my own relay"),
        "en",
      ),
    ).toEqual([]);
    expect(
      cardsForEntry(entry("请查看[「性能对比」](../cmp.md)文档了解更多信息。", "它与其它工具的区别是什么？"), "zh"),
    ).toEqual([]);
    expect(
      cardsForEntry(
        entry("请看为此问题撰写的 [技术博客](https://example.org/blog/950.html)。", "客户端连接串如何保证高可用？"),
        "zh",
      ),
    ).toEqual([]);
    expect(
      cardsForEntry(
        entry(
          "Visit our [Roadmap](https://example.org/roadmap) for the latest updates.\nNew features and improvements are on the way!",
          "What are the future plans?",
        ),
        "en",
      ),
    ).toEqual([]);
  });

  it("makes no term or enumeration cards from numbered examples", () => {
    const answer =
      "按住 Shift 可以连续选择。\n\n- 例子一：先点第一项，再点第五项\n- 例子二：按住 Ctrl 点第一项和第三项";
    expect(cardsForEntry(entry(answer, "列表多选", "topic"), "zh").map((c) => c.kind)).toEqual(["basic"]);
  });

  it("blanks no ordinal reference, no clause without its subject and no figure given before", () => {
    expect(clozesFor("若第5条链接中的评论没有说明，则检查你的网络是否能访问服务器。")).toEqual([]);
    expect(
      clozesFor(
        "The demo is hosted by us, running the latest build of the main branch, the cache is set 20 minutes and it is free.",
      ),
    ).toEqual([]);
    expect(clozesFor("However, that 5 MB is the same space on the disk, seen from two places.")).toEqual([]);
  });
});

describe("cards for answers given per case, in labelled parts or in code", () => {
  it("makes no term or enumeration cards from version labels, and the back keeps every case", () => {
    const answer =
      "- Qt5: Unfortunately not. You can only set a fixed size with `setFixedSize`, which also stops the dialog from growing when its text changes.\n\n" +
      "- Qt6: Yes, with a size policy on the layout. As a shortcut you can use `adjustSize()` after the text changes. See [the docs](https://example.org/qt6).";
    const cards = cardsForEntry(entry(answer, "Can a dialog resize to its content?"), "en");
    expect(cards.map((c) => c.kind)).toEqual(["basic"]);
    expect(cards[0]!.back).toBe(
      "- Qt5: Unfortunately not. You can only set a fixed size with `setFixedSize`, which also stops the dialog from growing when its text changes.\n" +
        "- Qt6: Yes, with a size policy on the layout. As a shortcut you can use `adjustSize()` after the text changes.",
    );
  });

  it("answers a problem with the solution part of a labelled answer", () => {
    const answer =
      "现象：![](img/a.png)\n\n原因：本地缓存的证书已经过期。\n\n解决方案：删除缓存目录后重新登录。（需要帮助？请参阅[《清理缓存》](../cache)）\n\n注意：删除前先退出程序。";
    expect(cardsForEntry(entry(answer, "登录时一直卡在验证页面", "topic"), "zh")[0]!.back).toBe(
      "删除缓存目录后重新登录。",
    );
  });

  it("answers a problem with its '**解决方式：**' part, without the label", () => {
    const answer =
      "**原因：**当跨域时，无法通过链接的下载属性实现下载。\n\n**解决方式：**将文件放到主应用域名下，下载时使用主应用的文件地址。";
    expect(cardsForEntry(entry(answer, "子应用通过链接下载文件失败", "topic"), "zh")[0]!.back).toBe(
      "将文件放到主应用域名下，下载时使用主应用的文件地址。",
    );
  });

  it("takes 'You're welcome' for the verdict of a yes/no question, adding no later caveat", () => {
    const answer =
      "You're welcome, as the code is published under the very permissive BSD License.\nJust make sure to attribute the use of the library somewhere in the app, for example on the About page or in a Readme file, and you'll be fine.\n\nThat only applies to the code though.";
    const [basic] = cardsForEntry(entry(answer, "I'm building a commercial app. Can I use the library in it?"), "en");
    expect(basic!.back).not.toContain("That only applies");
  });

  it("answers a problem whose fix part tells several ways at length with each way's name and first sentence", () => {
    const answer =
      "**原因：**当跨域时，无法通过链接的下载属性实现下载。\n\n**解决方式：**\n\n**方式1：**转换为blob形式下载\n\n```js\n// 微前端环境下转换为blob下载，子应用单独运行时依然使用链接下载\n// 注意地址必须是绝对地址\nfunction downloadFile(e) {\n  if (window.__MICRO_APP_ENVIRONMENT__) {\n    e.preventDefault()\n  }\n}\nfetch(url).then((res) => res.blob()).then((blob) => {\n  const blobUrl = window.URL.createObjectURL(blob)\n  const a = document.createElement('a')\n  a.href = URL.createObjectURL(blob)\n  a.download = 'file.png'\n  a.click()\n})\n```\n\n**方式2：**将文件放到主应用域名下，下载时使用主应用的文件地址";
    expect(cardsForEntry(entry(answer, "子应用通过链接下载文件失败", "topic"), "zh")[0]!.back).toBe(
      "- 方式1：转换为blob形式下载\n- 方式2：将文件放到主应用域名下，下载时使用主应用的文件地址",
    );
  });

  it("answers a symptom asked as a question with the part under a `### 解决方法` heading", () => {
    const answer =
      "### 问题描述\n\n按下按钮后屏幕没有变化。\n\n### 解决方法\n\n1. **更新驱动**：安装最新的显卡驱动\n2. **重启设备**：关机后重新开机";
    expect(cardsForEntry(entry(answer, "屏幕不工作？"), "zh")[0]!.back).toBe(
      "1. **更新驱动**：安装最新的显卡驱动\n2. **重启设备**：关机后重新开机",
    );
  });

  it("makes no card whose front another card of the entry asks with a different back", () => {
    const answer =
      "#### 甲区\n\n- **电源开关**：打开甲区的电源\n- **数量上限**：甲区最多放几个\n- **显示名称**：甲区的标题\n\n" +
      "#### 乙区\n\n- **电源开关**：打开乙区的电源\n- **数量下限**：乙区最少放几个\n- **提示颜色**：乙区的颜色";
    const fronts = cardsForEntry(entry(answer, "各区有哪些选项？"), "zh").map((c) => c.front);
    expect(fronts.filter((f) => /电源开关|列举/.test(f))).toEqual([]);
    expect(fronts.filter((f) => /数量上限|数量下限/.test(f))).toHaveLength(2);
  });

  it("answers a how-to with the sentence naming the setting and the one before it, never two spliced pieces", () => {
    const answer =
      "The list option reads a file of patterns, one pattern per line, and reports any line matching any of them. " +
      "When that file grows very large, searching can slow down a great deal for everyone who uses the tool. " +
      "Usually an internal cache is too small, so the search falls back to a slower engine that copes with anything. " +
      "If so, it is possible to make the cache larger and get the speed back. The cache is set with the `--cache-size` flag. " +
      "For example, `--cache-size 1G` allows one gigabyte, which the engine uses only when it needs it.";
    const back = cardsForEntry(entry(answer, "How do I make the list option faster?"), "en")[0]!.back;
    expect(back).toBe(
      "If so, it is possible to make the cache larger and get the speed back. The cache is set with the `--cache-size` flag.",
    );
  });

  it("answers a how-to with the workaround and its command, after the example of the problem", () => {
    const answer =
      "A large pattern can fail to compile because it hits a preset limit. For example:\n\n```\n$ grepx 'a{9999}'\nPattern exceeds the size limit.\n```\n\n" +
      "(Note: the pattern may look small.)\n\nIn this case, you can work around by raising the limit:\n\n```\n$ grepx 'a{9999}' --size-limit 1G\n```\n\n" +
      "Raising the limit does not mean grepx uses that much memory.";
    const back = cardsForEntry(entry(answer, "How do I get around the size limit?"), "en")[0]!.back;
    expect(back).toBe("You can work around by raising the limit:\n\n```\n$ grepx 'a{9999}' --size-limit 1G\n```");
  });

  it("answers a problem with the fix after a check and its output, not with the check", () => {
    const answer =
      "_Only on small boards._\n\nThe tool reads the sensor through the kernel API.\n\n" +
      "You can verify this by running sensors, and you should see the following:\n\n```\nNo sensor found\n```\n\n" +
      "In this case, you'll need to load the driver and reboot:\n\n```\nmodprobe foo_sensor\n```";
    const back = cardsForEntry(entry(answer, "Temperature doesn't show up!", "topic"), "en")[0]!.back;
    // "In this case," pointed back at the check the back leaves out.
    expect(back).toBe("You'll need to load the driver and reboot:\n\n```\nmodprobe foo_sensor\n```");
  });

  it("answers a problem with the fix, not with the sentence that shows the case ('如：')", () => {
    const answer =
      "当我们调用 `save` 方法保存空列表时，如果列表类型不允许为空，如：\n\n```ts\nsave(null)\n```\n\n" +
      '如果你遇到上述报错，请检查 `tsconfig.json` 中是否开启了严格模式：\n\n```json\n{ "strict": true }\n```\n\n' +
      "如果不需要严格检查，可以尝试把 `strict` 改为 `false`。";
    expect(cardsForEntry(entry(answer, "调用 save 方法时类型报错", "topic"), "zh")[0]!.back).toBe(
      "如果不需要严格检查，可以尝试把 `strict` 改为 `false`。",
    );
  });

  it("keeps the way an answer gives when what follows is only a caveat to it", () => {
    const answer =
      "If the defaults do not fit, you can always override the plugin, since it is open source. Keep in mind a few things first:\n\n" +
      "* Each task is one method, and you should add it to the observer.\n* Tasks share no data.";
    expect(cardsForEntry(entry(answer, "How to customize the plugin?"), "en")[0]!.back).toBe(
      "If the defaults do not fit, you can always override the plugin, since it is open source.",
    );
  });

  it("keeps a point that says what to do over a later paragraph that only describes the code", () => {
    const answer =
      "In cluster mode the nodes may need their own network. If the nodes disagree, consider adding a separate network for them, as shown below:\n\n" +
      "```\nnetworks: [ app ]\n```\n\nThe external network `proxy` is used for discovery, and the new `app` network lets the nodes talk.";
    const back = cardsForEntry(entry(answer, "My nodes time out in cluster mode. How do I fix it?"), "en")[0]!.back;
    expect(back).toContain("consider adding a separate network");
  });

  it("answers a problem with a list whose items each say what to do, though its lead-in names no fixes", () => {
    const answer =
      "使用 `--stdin` 读取输入时，程序要求输入必须是有效的 JSON 文本，每一行都是一个独立的对象。常见问题：\n\n" +
      "- **格式错误**：确保每行是完整的对象，没有多余的逗号\n- **编码问题**：确保输入使用 UTF-8 编码\n- **换行问题**：注意检查换行符\n\n" +
      '正确的输入示例：\n\n```json\n{"name": "a"}\n```';
    const back = cardsForEntry(entry(answer, "输入格式无效", "topic"), "zh")[0]!.back;
    expect(back).toContain("格式错误：确保每行是完整的对象");
    expect(back).toContain("换行问题：注意检查换行符");
  });

  it("keeps every part the question names ('训练脚本：… 推理脚本：…'), not only the first", () => {
    const zh =
      "打包命令：\n\n先执行构建脚本，生成 dist 目录里的全部文件；\n\n发布命令：\n\n运行 publish 脚本，把 dist 目录上传到仓库。\n\n例子：\n\n```\nnpm run build && npm run publish\n```\n\n" +
      "构建时会读取环境文件中的变量；发布时会先校验版本号是否已经存在，如果版本号重复，发布会失败，并提示你先修改清单文件中的版本号再重试。";
    const zhBack = cardsForEntry(entry(zh, "如何通过命令打包和发布？"), "zh")[0]!.back;
    expect(zhBack).toContain("打包命令：先执行构建脚本");
    expect(zhBack).toContain("发布命令：运行 publish 脚本");
    const en =
      "There are two kinds of keys: ADMIN_KEY and USER_KEY.\n\n" +
      "ADMIN_KEY: Grants every permission on the server. It is created when the server is installed for the first time.\n\n" +
      "USER_KEY: Optional. Grants read access to the users it is given to. If unset, users need the admin key.\n\n" +
      "If no key is set, the first server makes a random one and writes it to the data directory.";
    const enBack = cardsForEntry(entry(en, "What is the difference between admin and user keys?"), "en")[0]!.back;
    expect(enBack).toContain("USER_KEY: Optional. Grants read access to the users it is given to.");
  });

  it("answers a topic heading with the sentence that names it and what to use, not a framing sentence", () => {
    const answer = [
      "A template is **not** a shell.",
      '```js\nrender("$USER") // prints $USER\n```',
      "`render` passes its text on as it is, so the example above prints the five characters of `$USER` and nothing else.",
      "**Please don't do this**",
      '```js\nrender(exec("whoami"))\n```',
      "You can read the current user with [os.userInfo](https://example.org/os).",
      "```js\nconst { username } = os.userInfo()\n```",
    ].join("\n\n");
    expect(cardsForEntry(entry(answer, "Current user", "topic"), "en")[0]!.back).toBe(
      "You can read the current user with os.userInfo.",
    );
  });

  it("shows the code right after a cause when the code is the only fix", () => {
    const answer = [
      "These errors happen when a script reads a list property. The bindings cannot convert a list held as a property of the store.",
      "```js\nstore.items // fails\nstore.getItems() // works\n```",
      "> [!TIP]\n> Open an issue to add a workaround for other list properties.",
    ].join("\n\n");
    expect(cardsForEntry(entry(answer, "Error: cannot read items", "topic"), "en")[0]!.back).toBe(
      [
        "These errors happen when a script reads a list property. The bindings cannot convert a list held as a property of the store.",
        "```js\nstore.items // fails\nstore.getItems() // works\n```",
      ].join("\n\n"),
    );
    // Code after something else (links, "from this:") may be the broken code, not the fix.
    const afterLinks = [
      "This happens when the variable which holds the handle gets garbage collected.",
      "These articles may prove helpful:",
      "- [Memory management](https://example.org/memory)\n- [Variable scope](https://example.org/scope)",
      "```js\nconst h = open()\n```",
    ].join("\n\n");
    expect(cardsForEntry(entry(afterLinks, "My handle disappears", "topic"), "en")[0]!.back).toBe(
      "This happens when the variable which holds the handle gets garbage collected.",
    );
  });
});

describe("pointers", () => {
  it("drops a list's last item that only points elsewhere ('3. 以上规则请参考[相关介绍](…)。')", () => {
    const answer = [
      "1. 如需自定义连接参数，请用 `urlSource` 的方式定义数据源。",
      "2. 系统预置了必要的连接池参数。如需增加或覆盖，请在数据源中通过 `PROPERTIES` 指定。",
      "3. 以上规则请参考[相关介绍](/docs/storage-unit/)。",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "如何设置自定义的连接参数？"), "zh");
    expect(basic!.back).toContain("`PROPERTIES`");
    expect(basic!.back).not.toContain("相关介绍");
  });

  it("keeps the pointer when where to read is what the question asks", () => {
    const [docs] = cardsForEntry(
      entry("详见文档[命令行参数](https://example.org/cli.html)。", "命令行参数在哪个文档中查看？"),
      "zh",
    );
    expect(docs!.back).toBe("详见文档[命令行参数](https://example.org/cli.html)。");
    const [guide] = cardsForEntry(
      entry(
        "It runs from a script, the shell or the web UI, see [the inference guide](https://example.org/infer).",
        "Is there documentation for inference?",
      ),
      "en",
    );
    expect(guide!.back).toContain("[the inference guide](https://example.org/infer)");
    const [other] = cardsForEntry(
      entry(
        "It runs from a script, the shell or the web UI, see [the inference guide](https://example.org/infer).",
        "How can I run inference?",
      ),
      "en",
    );
    expect(other!.back).not.toContain("inference guide");
  });

  it("makes no card from 'Please reference X with instructions'", () => {
    expect(
      cardsForEntry(
        entry("Please reference the [BUILDING.md](https://example.org/b) with instructions.", "How can I build it?"),
        "en",
      ),
    ).toEqual([]);
  });

  it("makes no card from an answer that only says to watch a link, that it is explained there, or 'as above'", () => {
    for (const answer of [
      "请关注 [这里](https://example.org/issues/282)，不定时更新。",
      "这里有详细解释：[基础操作](https://example.org/wiki/basics)。",
      "There is a detailed explanation [here](https://example.org/wiki).",
      "如上。",
      "Check the following page:\n\n- [Using the CLI](Using-the-CLI.md)\n\nIf you're using **Docker**, please refer to the [Docker Usage Instructions](Docker.md) instead.",
      "Follow the instructions [here](https://example.org/reset).",
      "Check the following pages to learn how to schedule **Exporter.CLI** runs (advanced):\n\n- [Windows scheduling](Scheduling-Windows.md)\n- [Linux scheduling](Scheduling-Linux.md)",
    ])
      expect(cardsForEntry(entry(answer, "贴图的关闭和销毁有什么区别？"), "zh")).toEqual([]);
  });
});

describe("plain text of answers", () => {
  it("keeps generics and comparisons that look like tags, and drops real tags", async () => {
    const { plainText } = await import("./markdown-text");
    expect(plainText("Use `Vec<T>` when a<b && c>d. <b>Bold</b><br>")).toBe("Use Vec<T> when a<b && c>d. Bold");
  });
});

describe("a remedy asked for after a cause", () => {
  it("follows the cause with the sentence that says what people do about it", () => {
    const answer =
      "The main delay involved in launching comes from starting two separate virtual machines every time: one for your project and one for the build tool itself. Most people keep a single project REPL running for as long as they work on that project. Depending on your editor you may be able to do this from inside it, which many find easier than any other way of working.";
    const [basic] = cardsForEntry(entry(answer, "What can be done to speed up launch?"), "en");
    expect(basic!.back).toBe(
      "The main delay involved in launching comes from starting two separate virtual machines every time: one for your project and one for the build tool itself. Most people keep a single project REPL running for as long as they work on that project.",
    );
  });
});

describe("a how-to told as announced commands", () => {
  it("gets every command with the sentence announcing it, not the first one alone", () => {
    const answer = [
      "First update all package definitions and the tool itself:",
      "    brew update",
      "You can now list which of your installed packages are outdated with:",
      "    brew outdated",
      "Upgrade everything with:",
      "    brew upgrade",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(answer, "How do I update my local packages?"), "en");
    expect(basic!.back).toBe(
      "- First update all package definitions and the tool itself: `brew update`\n- You can now list which of your installed packages are outdated with: `brew outdated`\n- Upgrade everything with: `brew upgrade`",
    );
  });
});

describe("backs that are no lead-in", () => {
  it("takes the list a lead-in naming the question announces, not the first lead-in", () => {
    const answer = [
      "**Setting the `trainable` attribute**",
      "All layers & models have a `layer.trainable` boolean attribute:",
      "```python\n>>> layer = Dense(3)\n>>> layer.trainable\nTrue\n```",
      "On all layers & models, the `trainable` attribute can be set (to True or False). When set to `False`, the `layer.trainable_weights` attribute is empty, and setting it on a model sets it on every layer the model holds, down to the last one.",
      "To do fine-tuning with `fit()`, you would:",
      "- Instantiate a base model and load pre-trained weights\n- Freeze that base model\n- Add trainable layers on top\n- Call `compile()` and `fit()`",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(answer, "How can I freeze layers and do fine-tuning?"), "en");
    expect(basic!.back).toBe(
      "To do fine-tuning with `fit()`, you would:\n\n- Instantiate a base model and load pre-trained weights\n- Freeze that base model\n- Add trainable layers on top\n- Call `compile()` and `fit()`",
    );
  });

  it("gives the items of a list a bold note heads", () => {
    const answer =
      "**注意：Master 监控 Master 及 Worker 服务。**\n\n\t1，如果 Master 服务掉了，其它的 Master 会接管它的流程\n\n\t2，如果 Worker 服务掉了，Master 会重试它的任务\n\n具体请看容错设计：https://example.org/design.html#fault-tolerance-and-recovery-of-the-whole-system";
    const [basic] = cardsForEntry(entry(answer, "服务掉了，怎么容错？"), "zh");
    expect(basic!.back).toBe(
      "Master 监控 Master 及 Worker 服务。\n\n- 如果 Master 服务掉了，其它的 Master 会接管它的流程\n- 如果 Worker 服务掉了，Master 会重试它的任务",
    );
  });
});

describe("a remedy after a cause that says 请求", () => {
  it("does not take 请求 (a request) for 请 (please): the sentence saying what to do is the back", () => {
    const answer =
      "OOM 是操作系统的保护机制，当操作系统内存(包括 SWAP )不足时，会杀掉某些进程，从而保证操作系统的稳定运行。通常内存不足主要是如下两个原因导致，一是剩余内存小于 vm.min_free_kbytes ；二是程序请求的内存大于剩余内存。还有一种情况是内存充足但程序占用了特殊的内存地址，也会触发 OOM 。\n\n数据库会预先为每个节点分配好内存，每个库的节点个数受建库时的参数影响，每个节点占用的内存大小受缓存参数影响。要防止 OOM，需要在项目建设之初合理规划内存，并合理设置 SWAP。企业版对内存管理做了优化，采用了新的内存分配器，对稳定性有更高要求的用户可以考虑选择企业版。";
    const [basic] = cardsForEntry(entry(answer, "发生了 OOM 怎么办？"), "zh");
    expect(basic!.back).toBe("要防止 OOM，需要在项目建设之初合理规划内存，并合理设置 SWAP。");
  });
});

describe("an answer that is a list", () => {
  it("is summed up by its items' lead phrases, not by its first item", () => {
    const answer = [
      "- **Be specific about your stack**:\n  Mention the frameworks or libraries you want to use (e.g., Astro, Tailwind) in your first prompt. This makes the tool scaffold the project your way.",
      "- **Use the enhance prompt icon**:\n  Before sending your prompt, click the enhance icon to let the model refine it. You can edit the suggestions before you submit.",
      "- **Scaffold the basics first, then add features**:\n  Make sure the foundation of your application is in place before advanced features. This gives the tool a solid base.",
      "- **Batch simple instructions**:\n  Combine simple tasks into a single prompt to save time and credits, for example a colour change and a restart.",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "How do I get the best results?"), "en");
    expect(basic!.back).toBe(
      "- Be specific about your stack\n- Use the enhance prompt icon\n- Scaffold the basics first, then add features\n- Batch simple instructions",
    );
  });

  it("keeps its first item when the heads would be single words or questions", () => {
    const answer = [
      "- Resources: As mentioned before, we are a telecom company and have good access to physical devices of every kind, which hosted labs cannot match for our needs.",
      "- Pricing: We cannot justify spending 300k per year on a hosted device lab just yet, when our own lab costs a fraction of it.",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "Why host the lab in house?"), "en");
    expect(basic!.back).not.toMatch(/^- Resources\n/);
  });
});

describe("a list of problems and their solutions", () => {
  it("keeps each problem with its fix", () => {
    const answer =
      "Common issues and solutions:\n\n- Connection failed: Verify your token has the right permissions\n- Repository not found: Check the repository URL and your access\n- Push failed: Ensure you have write access to the repository\n- Merge conflicts: Resolve them by hand or use the diff viewer";
    const [basic] = cardsForEntry(entry(answer, "Git integration not working", "topic"), "en");
    expect(basic!.back).toContain("- Connection failed: Verify your token has the right permissions");
    expect(basic!.back).toContain("- Repository not found: Check the repository URL and your access");
  });
});

describe("backs that stop at what they announce", () => {
  it("gives the parts a lead-in announces in bold numbered lines", () => {
    const answer = [
      "You have two options:",
      "**1) Write a low-level custom training loop**",
      "This is a good option if you want to be in control of every last little detail, though it can be somewhat verbose and takes a while to write.",
      "**2) Subclass the Model class and override the train_step method**",
      "This is a good option if you want to keep using all the built-in features of fit, such as callbacks and distribution.",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(answer, "What if I need to customize what fit() does?"), "en");
    expect(basic!.back).toBe(
      "You have two options:\n\n- Write a low-level custom training loop\n- Subclass the Model class and override the train_step method",
    );
  });

  it("ends before a lead-in to an example that is not on the back", () => {
    const answer =
      "In the Functional API and Sequential API, if a layer has been called exactly once, you can retrieve its output via `layer.output` and its input via `layer.input`. This enables you to quickly build feature-extraction models, like this one:\n\n```python\nfrom tensorflow import keras\nfrom tensorflow.keras import layers\n\nmodel = keras.Sequential([\n    layers.Conv2D(32, 3, activation='relu'),\n    layers.Conv2D(32, 3, activation='relu'),\n    layers.MaxPooling2D(2),\n])\nextractor = keras.Model(inputs=model.inputs, outputs=[layer.output for layer in model.layers])\nfeatures = extractor(data)\n```";
    const [basic] = cardsForEntry(entry(answer, "How can I obtain the output of an intermediate layer?"), "en");
    expect(basic!.back).toBe(
      "In the Functional API and Sequential API, if a layer has been called exactly once, you can retrieve its output via `layer.output` and its input via `layer.input`.",
    );
  });

  it("makes no k-th item card from a list of sub-questions", () => {
    const answer =
      "1. 被执行的服务器在哪里配置？在 worker 分组中配置。\n2. 脚本文件放在哪里？使用资源中心上传。\n3. 以哪个用户来执行任务？以租户的身份执行。";
    const kinds = cardsForEntry(entry(answer, "shell 任务是如何运行的"), "zh").map((c) => c.kind);
    expect(kinds).not.toContain("list-item");
  });
});

describe("a point followed by the list it announces", () => {
  it("keeps the list with the sentence before it when both fit", () => {
    const answer =
      "This generic error message means something went wrong somewhere in the stack. Check these locations:\n\n- Terminal output (if using Docker or `pnpm`)\n- Browser developer console (press `F12`, then the Console tab)\n- Server logs for backend errors\n- Network tab to verify the API calls succeed";
    const [basic] = cardsForEntry(entry(answer, '"There was an error processing this request"', "topic"), "en");
    expect(basic!.back).toContain("Check these locations:\n\n- Terminal output");
    expect(basic!.back).toContain("- Network tab to verify the API calls succeed");
  });

  it("keeps short labelled items whole when the labels alone would say too little", () => {
    const answer =
      "- ✅ Ant Design：用空格分隔的首字母大写单词，指代设计语言。\n- ✅ antd：全小写，指代 React UI 组件库。\n- ✅ ant.design：特指 ant.design 网站网址。\n\n以下是常见的错误拼写：\n\n- ❌ AntDesign\n- ❌ antD\n- ❌ Antd\n- ❌ ANTD";
    const [basic] = cardsForEntry(entry(answer, "如何正确的拼写 Ant Design？"), "zh");
    expect(basic!.back).toContain("- ✅ antd：全小写，指代 React UI 组件库");
  });
});

describe("a remedy the answer names after its background", () => {
  it("is the back, with the commands it announces", () => {
    const answer =
      "数据库 3.0 版本包含一个使用 go 语言开发的独立组件，需要单独运行，提供 restful 接入功能以及多种其他软件的数据接入功能。\n使用最新 develop 分支代码编译需要先 `git submodule update --init --recursive` 下载组件的仓库代码后再编译。\ngo 语言版本要求 1.14 以上，如果发生 go 编译错误，往往是国内访问 go mod 问题，可以通过设置 go 环境变量来解决：\n\n```sh\ngo env -w GO111MODULE=on\ngo env -w GOPROXY=https://goproxy.cn,direct\n```";
    const [basic] = cardsForEntry(entry(answer, "go 语言编写组件编译失败怎样解决？"), "zh");
    expect(basic!.back).toMatch(
      /^go 语言版本要求 1\.14 以上.*可以通过设置 go 环境变量来解决：\n\n```sh\ngo env -w GO111MODULE=on/s,
    );
  });
});

describe("cards that test trivia", () => {
  it("blanks no figure unless the question asks for one or the sentence states a size or default", () => {
    const answer = "如果启动服务监控脚本，则每 5 分钟定时来监控 master 和 worker 的服务是否宕机，宕机时会自动重启。";
    expect(cardsForEntry(entry(answer, "服务监控脚本有什么用？"), "zh").some((c) => c.kind === "cloze")).toBe(false);
    expect(cardsForEntry(entry(answer, "服务监控脚本多久检查一次？"), "zh").some((c) => c.kind === "cloze")).toBe(true);
    const page = "- **基本单位**: 数据页（16 KB），与磁盘页一一对应\n- **作用**: 缓存热点数据页和索引页，减少磁盘 IO";
    expect(
      cardsForEntry(entry(page, "Buffer Pool 是什么？"), "zh").some((c) => c.kind === "cloze" && c.back === "16"),
    ).toBe(true);
  });

  it("makes no term cards from the steps of a fix", () => {
    const answer =
      "This authentication error can be resolved by:\n\n- Restarting the container: `docker compose restart`\n- Switching run methods: try `pnpm` if using Docker, or the other way round\n- Checking the API keys: in `.env.local` or in the provider settings";
    const kinds = cardsForEntry(entry(answer, '"x-api-key header missing"', "topic"), "en").map((c) => c.kind);
    expect(kinds).not.toContain("term");
  });
});

describe("the back a how, a what-is or a problem asks for", () => {
  const basicBack = (answer: string, question: string) => cardsForEntry(entry(answer, question), "en")[0]!.back;

  it("gives a how-to's numbered steps, with their code, when its first paragraph is background", () => {
    const answer =
      "On macOS, the tool runs in the background and is managed by the menubar app. If adding variables, it will need to be run by hand.\n\n1. Click the menubar icon and choose **Quit**.\n2. Open a terminal window and run the following command:\n\n   ```bash\n   TOOL_HOST=10.1.1.1 tool serve\n   ```";
    expect(basicBack(answer, "How do I set environment variables on Mac")).toBe(
      "1. Click the menubar icon and choose **Quit**.\n2. Open a terminal window and run the following command:\n\n```bash\nTOOL_HOST=10.1.1.1 tool serve\n```",
    );
  });

  it("keeps a paragraph that leads into a list for the question it answers", () => {
    const answer =
      "To start, we will have around 16 devices on the wall; once we prove out the value, we can either\n\n1. Build a cabinet for 50 devices.\n2. Seek out cloud services.";
    expect(basicBack(answer, "How many devices will you have? How do you scale?")).toMatch(/^To start/);
  });

  it("answers 'What is X?' with the sentence that says what X is, not the background before it", () => {
    const answer =
      "Whenever you pull a model without a tag, the tool pulls the q4_0 quantization of the model. Looking at the tags page, you can see several options. Quantization is a method of compression that lets the model fit in less memory. At a high level, a model is made of nodes connected by weights, and these weights add up to many gigabytes, which is why the tool compresses them for most machines.";
    expect(basicBack(answer, "What does the q in the tag mean? What is quantization?")).toBe(
      "Quantization is a method of compression that lets the model fit in less memory.",
    );
  });

  it("takes the first sentence that says what to run over a later precaution", () => {
    const answer =
      "If you know the `NOTE_ID` and have history enabled you can run the command `restoreNoteRevision` from the command palette.\nIf you do not know the `NOTE_ID` you can find it in the database as the `item_id` of the `deleted_items` table. It will require some manual checking of the `title_diff` and `body_diff` fields to check that the note you target is the right one.\nYou should first take a copy of the database to avoid making any accidental changes in the live one.";
    expect(basicBack(answer, "I deleted some notes by accident and don't have a backup")).toBe(
      "If you know the `NOTE_ID` and have history enabled you can run the command `restoreNoteRevision` from the command palette.",
    );
  });
});

describe("steps a code block broke in two", () => {
  const basicBack = (answer: string, question: string) => cardsForEntry(entry(answer, question), "en")[0]!.back;
  it("gives every step when unindented code and a note interrupt the numbering", () => {
    const answer = [
      "The tool is a command-line utility, so, to run it you need to:",
      "",
      "1. Start a 'Command Prompt' (no need for 'as administrator')",
      "",
      "2. 'cd' to where you've stored it, like this:",
      "",
      "```powershell",
      'cd "C:\\Users\\me\\Tools"',
      "```",
      "",
      "NOTE: The quotes around the path let you use directories with spaces in the names.",
      "",
      "3. Run the `tool` command (make sure the name matches exactly, so for the `0.4.0` version, that would be",
      "   `tool-0.4.0-windows.exe`, or rename the file to whatever you like). Depending on how you call it",
      "   different things happen.",
      "",
      "This will print the help and do nothing.",
      "",
      "```powershell",
      "tool.exe",
      "```",
    ].join("\n");
    expect(basicBack(answer, "How do I start the tool?")).toBe(
      "1. Start a 'Command Prompt'\n2. 'cd' to where you've stored it, like this:\n\n```powershell\ncd \"C:\\Users\\me\\Tools\"\n```\n\n3. Run the `tool` command.",
    );
  });

  it("leaves a list whose numbering starts again to the other rules", () => {
    const answer =
      "Two ways:\n\n1. Use the CLI.\n2. Use the app.\n\n```sh\nx\n```\n\n1. Open the menu.\n2. Click quit.";
    expect(basicBack(answer, "How do I stop the tool?")).not.toMatch(/Click quit/);
  });
});

describe("a list item that opens with its cause", () => {
  const basicBack = (answer: string, question: string) => cardsForEntry(entry(answer, question), "zh")[0]!.back;
  it("keeps a short item whole, so that the fix after the cause stays", () => {
    const answer = [
      "- 首先，完整版由于引用了比较多的库文件，所以打包会比较大。可以使用精简版来进行开发",
      "",
      "- 其次建议开启 gzip，使用之后体积会只有原先 1/3 左右。gzip 可以由服务器直接开启。如果是这样，前端不需要构建 `.gz` 格式的文件，如果前端构建了 `.gz` 文件，nginx 需要开启 `gzip_static: on` 这个选项。",
      "",
      "- 开启 gzip 的同时还可以同时开启 `brotli`，比 gzip 更好的压缩。两者可以共存",
    ].join("\n");
    expect(basicBack(answer, "打包文件过大")).toContain("可以使用精简版来进行开发");
  });
});

describe("lists under a sub-heading of the answer", () => {
  it("makes no enumeration or term cards from a list that answers the sub-heading, not the question", () => {
    const answer = [
      "Cargo builds projects in debug mode by default, so the compiler does not fully optimize your code.",
      "",
      "#### Benchmarks",
      "",
      "For reference, my system specs are:",
      "",
      "- CPU: AMD Ryzen 5 1600 3.2GHz",
      "- GPU: NVidia GeForce GTX 1050 Ti",
      "- RAM: 8GB DDR4",
    ].join("\n");
    const kinds = cardsForEntry(entry(answer, "Why is my game running slow?"), "en").map((c) => c.kind);
    expect(kinds).toEqual(["basic"]);
  });
});

describe("a topic that names a problem ('…输出问题')", () => {
  const basicBack = (answer: string, question: string) =>
    cardsForEntry(entry(answer, question, "topic"), "zh")[0]!.back;

  it("gives the sentence that says how to solve it, with its code, over the symptom", () => {
    const answer =
      "notebook 导出后离开了本地环境，图表就不能显示了。\n为了解决这个问题，在画图之前，你可以多加两个语句：\n\n```python\nfrom charts import online\n\nonline()\n```\n\n这样，所有的脚本会从网上下载。";
    expect(basicBack(answer, "notebook 导出问题")).toBe(
      "为了解决这个问题，在画图之前，你可以多加两个语句：\n\n```python\nfrom charts import online\n\nonline()\n```",
    );
  });

  it("keeps a first sentence that says the warning can be ignored", () => {
    const answer =
      "如果看到控制台有如下警告，且页面**能正常打开** 可以忽略该警告。\n\n后续 `vue-router` 可能会提供配置项来关闭警告\n\n```ts\n[Router warn]: No match found\n```";
    expect(basicBack(answer, "控制台路由警告问题")).toMatch(
      /^如果看到控制台有如下警告，且页面(?:\*\*)?能正常打开(?:\*\*)? 可以忽略该警告。/,
    );
  });
});

describe("an answer that opens by quoting the message", () => {
  it("answers after the quoted message, and keeps a sentence that is more than its condition", () => {
    const answer =
      "控制台具体提示信息如下：\n\n```\nIOPub data rate exceeded.\n    To change this limit, set the config variable\n```\n\n根据以上的提示，需要找到配置文件，并修改 iopub_data_rate_limit 为更大的数值。";
    expect(cardsForEntry(entry(answer, "绘画大量图后，图表无法显示？"), "zh")[0]!.back).toBe(
      "根据以上的提示，需要找到配置文件，并修改 iopub_data_rate_limit 为更大的数值。",
    );
    const linking =
      'If you want to avoid your users having to install the library themselves (or shipping it as a DLL), you can specify for it to be statically linked:\n\n```toml\n[dependencies.engine]\nfeatures = ["static_link"]\n```\n\nThis comes with some trade-offs, however: read the notes in the repository first, so that you understand the risks.';
    expect(cardsForEntry(entry(linking, "Can I static link the library?"), "en")[0]!.back).toMatch(
      /^If you want .*, you can specify for it to be statically linked:\n\n```toml/,
    );
  });
});

describe("a how answered 'you can't'", () => {
  it("keeps the verdict and what to do instead, not a sentence about a later example's output", () => {
    const answer = [
      "Using finder alone, you can't. finder is a search tool that will never touch your files. However, the output of",
      "finder can be piped to other tools that do modify files on disk.",
      "",
      "Files containing matching patterns can be listed using",
      "",
      "```",
      "finder foo --files-with-matches",
      "```",
      "",
      "The output of this command is a list of filenames that contain a match for the `foo` pattern.",
    ].join("\n");
    expect(cardsForEntry(entry(answer, "How can I search and replace with finder?"), "en")[0]!.back).toMatch(
      /^Using finder alone, you can't\./,
    );
  });

  it("drops a 'However,' or '但是，' opening and keeps a name's own spelling", () => {
    expect(
      withoutOrdinalOpening(
        "However, finder optionally supports PCRE2.",
        "The default engine of finder has no lookaround.",
      ),
    ).toBe("finder optionally supports PCRE2.");
    expect(withoutOrdinalOpening("However, you can enable it.")).toBe("You can enable it.");
    expect(withoutOrdinalOpening("但是，可以在设置中开启。")).toBe("可以在设置中开启。");
  });
});

describe("a sentence saying it can be done, then 'To do so'", () => {
  it("gives both with the code that shows how", () => {
    const answer =
      'It\'s possible to have your project build the library from source as part of the build. To do so, specify your dependency like this:\n\n```toml\n[dependencies.engine]\nfeatures = ["bundled"]\n```\n\nThis is more convenient, but needs a C compiler on your machine.';
    expect(cardsForEntry(entry(answer, "Do I have to install the library manually?"), "en")[0]!.back).toBe(
      'It\'s possible to have your project build the library from source as part of the build. To do so, specify your dependency like this:\n\n```toml\n[dependencies.engine]\nfeatures = ["bundled"]\n```',
    );
  });
});

describe("a why answered with its reason before 'So …'", () => {
  it("gives the reason and the sentence it explains, not the opening that only says what happens", () => {
    const answer =
      "If the tool asks you to add a new file to the chat and you say yes,\nit will re-submit the original request.\nThe reply asking for another file is a sign that the model should have seen it in the first place.\nWithout the file, there is an increased chance of a bad edit.\nModels often make up the content of files they needed but did not have.\nSo the tool re-submits the original request in this situation.";
    expect(
      cardsForEntry(entry(answer, "Why did the tool discard its edits after it asked to add a file?"), "en")[0]!.back,
    ).toBe(
      "Without the file, there is an increased chance of a bad edit. Models often make up the content of files they needed but did not have. So the tool re-submits the original request in this situation.",
    );
  });
});

describe("a why about something going wrong", () => {
  it("gives the cause and the option that fixes it", () => {
    const answer =
      "The tool prompts the model to use the language configured for your system. But models aren't fully reliable, and they sometimes decide to speak in an unexpected language.\n\nYou can explicitly set the language with `--chat-language <language>`.\nBut the model may not comply.";
    expect(
      cardsForEntry(entry(answer, "Why is the model speaking to me in an unexpected language?"), "en")[0]!.back,
    ).toBe(
      "The tool prompts the model to use the language configured for your system. But models aren't fully reliable, and they sometimes decide to speak in an unexpected language. You can explicitly set the language with `--chat-language <language>`.",
    );
  });
});

describe("backs a strict reader found broken (blind set #10)", () => {
  it("shows the first steps after a lead-in when a later step has no head to cut, not the lead-in alone", () => {
    const answer = [
      "To make your code compatible with version 1.5, follow these steps:",
      "",
      "- Rename the `caption` option in `init` to `title`",
      "- Rename the `scale` option in `init` to `display_scale`",
      "- Remove the `palette` option from `init` (you can modify the palette colors with the `colors` array after initialization)",
      "- Multiply the `u`, `v`, `w`, and `h` parameters of `bltm` by 8 (as `bltm` now operates in pixel units)",
      "- Update the members and methods of the `Sound` and `Music` classes to their new names",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "How to migrate code to version 1.5"), "en");
    expect(basic!.back).toBe(
      "To make your code compatible with version 1.5, follow these steps:\n\n- Rename the `caption` option in `init` to `title`\n- Rename the `scale` option in `init` to `display_scale`\n- …",
    );
  });

  it("gives the checks a sentence announces ('可以按照以下步骤排查。'), not the sentence alone", () => {
    const answer = [
      "这一定是代理设置或者网络连接出了问题。可以按照以下步骤排查。",
      "",
      "* 您的代理服务器正在运行吗？如果您使用代理软件，请确保它在运行。",
      "* 您的网络连接正常吗？试试看选择直接连接然后访问任意网页。",
      "* 如果不是以上问题，请创建一个 issue，并提供以下信息：",
      "  - 选项页面的截图。",
      "  - 错误页面上的错误代码。",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "我什么网站都打不开！"), "zh");
    expect(basic!.back).toBe(
      "这一定是代理设置或者网络连接出了问题。可以按照以下步骤排查。\n\n- 您的代理服务器正在运行吗？\n- 您的网络连接正常吗？\n- 如果不是以上问题，请创建一个 issue，并提供以下信息：\n\n  - 选项页面的截图。\n  - 错误页面上的错误代码。",
    );
  });

  it("never gives a lone code fence for an answer that is only code, nor a configuration's comments as an outline", () => {
    const settings = [
      "batch_size: 24",
      "shuffle: true",
      "drop_last: true",
      "mixup_epoch: 25000",
      "use_shared_memory: true",
    ];
    const transforms = [
      "    - Decode: {} # 图片解码，是必须存在的一个OP",
      "    - RandomFlip: {} # 随机左右翻转，可选的OP",
    ];
    const commented = settings.flatMap((line) => [
      `  # ${line.split(":")[0]} 的含义，按需要修改这一行的值`,
      `  ${line}`,
    ]);
    const head = ["```", "# 每张GPU reader进程个数", "worker_num: 2", "# 训练数据", "TrainReader:"];
    const notes = [
      "  如果需要单尺度训练，则去掉这一行，在最后一行添加Resize。",
      "  Decode是必须保留的，可以注释或删除其他几行。",
    ];
    const answer = [...head, "  sample_transforms:", ...transforms, ...commented, "", ...notes, "```"];
    const [basic] = cardsForEntry(entry(answer.join("\n"), "如何自定义修改reader文件"), "zh");
    const uncommented = ["```", "worker_num: 2", "TrainReader:", "  sample_transforms:", ...transforms];
    expect(basic!.back).toBe([...uncommented, ...settings.map((line) => `  ${line}`), ...notes, "```"].join("\n"));
  });

  it("answers per platform where each item names it in a phrase and gives the way below it", () => {
    const answer = [
      "- On Linux with KDE running:",
      "",
      "    Dock -> Utilities -> Terminal",
      "",
      "- On Mac OS X:",
      "",
      "    </Applications/Utilities/Terminal.app>",
      "    otherwise use Spotlight to search for it.",
      "",
      "- On Windoze:",
      "    Try installing linux first, although another option might be to",
      "    install cygwin and launch that terminal.",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "How do I open the terminal?"), "en");
    expect(basic!.back).toBe(
      "- On Linux with KDE running: Dock -> Utilities -> Terminal\n- On Mac OS X: </Applications/Utilities/Terminal.app> otherwise use Spotlight to search for it.\n- On Windoze: Try installing linux first, although another option might be to install cygwin and launch that terminal.",
    );
  });

  it("keeps a 'Make sure…' point under a problem, not a later sentence that says 'if you try to'", () => {
    const answer = [
      "Make sure that the current directory is set as intended when loading files.",
      "",
      "When the `init` function is called, the current directory is changed to the folder of the script file. After that, files can be given with relative paths. However, loading fails if you try to open a file before calling `init` or if the current directory is changed after calling `init`, which happens when a library you import changes it for you.",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "File cannot be loaded.", "topic"), "en");
    expect(basic!.back).toBe(
      "Make sure that the current directory is set as intended when loading files. When the `init` function is called, the current directory is changed to the folder of the script file.",
    );
  });

  it("chooses the back after an opening that says what the deck's product is, unless the question asks that", () => {
    const answer =
      "Sketchy是一个机器学习软件，会自动学习你的使用习惯。新闻和天气是标签功能的示例，你可以给任意网站打上关键词。如果你不喜欢，可以在右上角的自定义里关掉它们，关掉后不会再出现。";
    const deck = "Sketchy 常见问题";
    const [basic] = cardsForEntry({ ...entry(answer, "新闻、天气，做这些干什么，我用不到？"), deck }, "zh");
    expect(basic!.back.startsWith("新闻和天气是标签功能的示例")).toBe(true);
    const [whatIs] = cardsForEntry({ ...entry(answer, "Sketchy 是什么？"), deck }, "zh");
    expect(whatIs!.back.startsWith("Sketchy是一个机器学习软件")).toBe(true);
  });

  it("answers a second question asking whether to act with the answer's sentence saying so", () => {
    const answer =
      "When a change is ready to go, it is merged into `main`. This triggers a build made to convert the files. However, for any number of reasons the files may not be converted right away. In the meantime they stay in `main` until they can be converted. There is no action required on your part to resolve this. It should have no impact on other changes either. If they do cause problems for your change, ask the core team for help.";
    const [basic] = cardsForEntry(
      entry(answer, "Why are there files already in the folder? Should I do something about it?"),
      "en",
    );
    expect(basic!.back).toContain("There is no action required on your part to resolve this.");
  });

  it("adds to a how-question's background the next sentence saying what you can do", () => {
    const answer = [
      "Running the app puts your terminal in application mode, which turns off selecting text with the mouse.",
      "Most terminals offer a modifier key which you can hold while you click and drag to select as usual.",
      "The key depends on the terminal you use.",
      "",
      "- **iTerm** Hold the OPTION key.",
      "- **Gnome Terminal** Hold the SHIFT key.",
      "",
      "Read your terminal's manual if it is not listed above.",
    ].join("\n");
    const [basic] = cardsForEntry(entry(answer, "How can I select and copy text in the app?"), "en");
    expect(basic!.back).toBe(
      "Running the app puts your terminal in application mode, which turns off selecting text with the mouse. Most terminals offer a modifier key which you can hold while you click and drag to select as usual.",
    );
  });
});

describe("answers told in numbered paragraphs", () => {
  it("gives every part of an answer told one part to a paragraph (1）… 2）…) when they fit, not the first alone", () => {
    const answer =
      "1）在集群模式下，失败的消息最多重试 16 次，之后丢弃。\n\n2）在广播模式下，消息至少消费一次，但不会重发。";
    const [basic] = cardsForEntry(entry(answer, "消费失败的消息如何重新消费？"), "zh");
    expect(basic!.back).toMatch(/^1）在集群模式下.*\n+2）在广播模式下/);
    const longer = answer
      .replace(
        "之后丢弃",
        "之后丢弃，重试的间隔从十秒开始逐次拉长，直到两小时为止，其间消息留在重试队列里，可以在控制台查看",
      )
      .replace("但不会重发", "但不会重发，失败的消息只记在本机日志里，需要业务自己补偿，例如记下消息的编号稍后再查");
    expect(cardsForEntry(entry(longer, "消费失败的消息如何重新消费？"), "zh")[0]!.back).toMatch(
      /^1）在集群模式下.*\n2）在广播模式下/,
    );
  });
});

describe("backs that are mostly data", () => {
  it("shows the first line of each long block of names, not a wall of them", () => {
    const names = (prefix: string) =>
      Array.from({ length: 12 }, (_, row) =>
        Array.from({ length: 8 }, (_, col) => `'${prefix}_${row * 8 + col}'`).join(", "),
      ).join(",\n");
    const answer = `Text sets:\n\n\`\`\`text\n${names("text")}\n\`\`\`\n\nImage sets:\n\n\`\`\`text\n${names("image")}\n\`\`\``;
    const [basic] = cardsForEntry(entry(answer, "Which evaluation sets are supported?"), "en");
    expect(basic!.back).toBe(
      `Text sets:\n\n\`\`\`text\n${names("text").split("\n")[0]}\n…\n\`\`\`\n\nImage sets:\n\n\`\`\`text\n${names("image").split("\n")[0]}\n…\n\`\`\``,
    );
  });
});

describe("answers told in named parts", () => {
  it("sums up parts under sub-headings or bold lines by their names, after the sentence leading to them", () => {
    const answer = [
      "Some call it an odd choice. We picked the format because it has several features that pay off over time.",
      "**It is compact**\nFiles are a third of the size of the text format, which matters on slow links.",
      "**It is fast**\nParsing needs no allocation for most fields.",
      "**It is versioned**\nOld readers skip fields they do not know.",
    ].join("\n\n");
    const [basic] = cardsForEntry(entry(answer, "Why did you pick this format?"), "en");
    expect(basic!.back).toBe(
      "We picked the format because it has several features that pay off over time.\n\n- It is compact\n- It is fast\n- It is versioned",
    );
    const headed =
      "### Verbose code\n\nDeep updates take many lines.\n\n### Poor performance\n\nCopying large trees is slow.";
    expect(cardsForEntry(entry(headed, "What are the issues with plain objects?"), "en")[0]!.back).toBe(
      "- Verbose code\n- Poor performance",
    );
  });
});

describe("what the card cannot show", () => {
  it("ends a back that pointed at a picture ('…，如图：') at what it says, and blanks nothing in a clause about '它'", () => {
    const answer =
      "进入 Settings -> Build 配置生成代码的输出目录为 `target/gen`，如图：\n![设置](https://example.org/settings.png)";
    expect(cardsForEntry(entry(answer, "生成的代码容易误提交，如何避免？"), "zh")[0]!.back).toBe(
      "进入 Settings -> Build 配置生成代码的输出目录为 `target/gen`。",
    );
    const sentence =
      "由于这个版本的客户端是用旧工具链编译的，它使用了旧版本的系统接口，限制文件名不能超过 260 个字符，超过就会报错退出。";
    expect(clozesFor(sentence).map((c) => c.front)).not.toContainEqual(expect.stringMatching(/^它/));
  });
});
