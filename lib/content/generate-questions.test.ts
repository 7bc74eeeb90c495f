import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { definitionsIn } from "./answer-parts";
import { compileDeck } from "./compile-deck";
import {
  giveawayWords,
  isBareVerdict,
  headingAnchor,
  pageAnchors,
  questionsForDeck,
  definesTheSubject,
  termBlanked,
  type QuestionSource,
} from "./generate-questions";
import { plainText } from "./markdown-text";
import { optionTextProblem, questionOptionProblem } from "./option-text";
import { normalizeQuestion } from "./parse-faq";
import { longestIsCorrectShare, questionProblems } from "./question-rules";

const seed = compileDeck({
  slug: "ebpf",
  manifest: { path: "content/ebpf/deck.yaml", bytes: readFileSync("content/ebpf/deck.yaml") },
  faqs: [{ path: "content/ebpf/ebpf-faq.md", bytes: readFileSync("content/ebpf/ebpf-faq.md") }],
});
const entryOf = (entryId: string) => seed.entries.find((e) => e.id === entryId)!;
/** The answer says the text. */
const says = (entryId: string, text: string) =>
  normalizeQuestion(plainText(entryOf(entryId).answer)).includes(normalizeQuestion(text));

describe("multiple-choice questions on the seed", () => {
  it("asks a question on more than half the entries and says why not on the others", () => {
    const asked = new Set(seed.questions.map((q) => q.entryId));
    expect(asked.size / seed.entries.length).toBeGreaterThanOrEqual(0.5);
    for (const u of seed.unasked) expect(u.reason).not.toBe("");
    expect(asked.size + seed.unasked.length).toBe(seed.entries.length);
    expect(seed.warnings).toEqual([]);
  });

  it("gives every question 4 clean, distinct options, one right, and breaks no option rule", () => {
    for (const q of seed.questions) {
      expect(questionProblems(q), q.id).toEqual([]);
      const problem = q.id.endsWith(":mcq-belongs") ? questionOptionProblem : (o: string) => optionTextProblem(o, 120);
      for (const option of q.options) expect(problem(option), `${q.id}: ${option}`).toBeNull();
      expect(q.explanation).toBe(entryOf(q.entryId).answer);
    }
    expect(longestIsCorrectShare(seed.questions)).toBeLessThanOrEqual(0.45);
    expect(new Set(seed.questions.map((q) => q.answer)).size).toBeGreaterThanOrEqual(3);
  });

  it("asks what a defined term is, with other terms' definitions as distractors", () => {
    const xdp = seed.questions.find((q) => q.stem === "“XDP”是什么？")!;
    expect(xdp.options[xdp.answer]).toBe("一种高性能、低延迟的数据包处理技术");
    for (const [i, option] of xdp.options.entries())
      if (i !== xdp.answer) expect(says(xdp.entryId, option)).toBe(false);
  });

  it("asks for one of a list's items with distractors this entry's answer never mentions", () => {
    const lists = seed.questions.filter((q) => q.id.endsWith(":mcq-list"));
    expect(lists.length).toBeGreaterThanOrEqual(2);
    for (const q of lists) {
      expect(says(q.entryId, q.options[q.answer]!)).toBe(true);
      for (const [i, option] of q.options.entries())
        if (i !== q.answer) expect(says(q.entryId, option), option).toBe(false);
    }
  });

  it("asks which question a passage answers, never with a preamble or a passage from elsewhere", () => {
    const belongs = seed.questions.filter((q) => q.id.endsWith(":mcq-belongs"));
    expect(belongs.length).toBeGreaterThanOrEqual(5);
    for (const q of belongs) {
      const passage = /「(.+)」/.exec(q.stem)![1]!;
      expect(says(q.entryId, passage)).toBe(true);
      expect(passage).not.toMatch(/^(即使|具体来说|但是|因此)/);
      expect(q.options[q.answer]).toBe(entryOf(q.entryId).question.replace(/[?？]$/, ""));
    }
    // The yes/no question's verdict restates it ("…会有一定的上下文切换和延迟"): no passage of it is shown, and why.
    const latency = seed.entries.find((e) => e.question === "eBPF程序在内核态中运行会有额外的上下文切换和延迟吗")!;
    expect(belongs.some((q) => q.entryId === latency.id)).toBe(false);
    expect(seed.unasked.find((u) => u.entryId === latency.id)?.reason).toMatch(/gives it away/);
  });

  it("is deterministic", () => {
    const entries = seed.entries.slice(0, 8);
    expect(questionsForDeck(entries, "zh")).toEqual(questionsForDeck(entries, "zh"));
  });
});

const entry = (id: string, question: string, answer: string, topic: string | null = null): QuestionSource => ({
  id: `d/${id}`,
  kind: "question",
  question,
  answer,
  topic,
});

/** Four unrelated English entries whose questions serve as the other options. */
const siblingsEn = () => [
  entry("port", "Which port does it use?", "The server listens on 8080 unless the config names another number."),
  entry(
    "proxy",
    "Does it work behind a proxy?",
    "The client honours the usual network variables from the environment.",
  ),
  entry("cache", "Where is the cache kept?", "Stored data lives in a folder under the home directory of the user."),
  entry("logs", "Where are the logs?", "Output is written to a rotating file in the data folder every day."),
];

/** Three unrelated Chinese entries whose questions serve as the other options. */
const siblingsZh = () => [
  entry("dev", "devServer 选项怎么配置？", "在配置文件里写 devServer 字段，支持端口、主机名和代理等常见选项。"),
  entry("env", "config 优先级是怎样的？", "本地配置优先于环境配置，环境配置又优先于默认的基础配置文件。"),
  entry("hist", "pathname 为什么不同？", "因为浏览器里保存的是完整地址，而路由钩子返回的是去掉前缀的路径。"),
];

describe("passages that stand alone", () => {
  const stems = (deck: QuestionSource[]) => questionsForDeck(deck, "zh").questions.map((q) => q.stem);

  it("takes a bare verdict for no passage: it fits every 'does it support…' question", () => {
    expect(isBareVerdict("目前还未支持，但后续有计划支持")).toBe(true);
    expect(isBareVerdict("Not yet, but it is planned for the future")).toBe(true);
    expect(isBareVerdict("理论上支持，但需要自己编译内核模块并加载驱动")).toBe(false);
  });

  // Four entries of a device lab's FAQ, beside the one a test is about, to draw distractors from.
  const deviceLabSiblings = () => [
    entry("b", "一台主机能接几部手机？", "目前是四部，每台主机只有四个 USB 口。"),
    entry("c", "为什么要用真机测试？", "模拟器跑不出真实的性能数据，也测不到传感器和推送。"),
    entry("d", "测试报告保存在哪里？", "每次运行结束后，报告以网页形式保存在服务器的 reports 目录里。"),
    entry("e", "怎样给设备充电？", "每个接口都能供电，测试运行时设备会一直保持充电状态。"),
  ];

  it("takes no passage that leans on what the answer named before it ('两者…')", () => {
    const zh = [
      entry(
        "a",
        "轻量模型和通用模型有什么区别？",
        "有区别。两者使用相同的算法和训练数据，只是骨干网络和通道参数不同。",
      ),
      ...deviceLabSiblings(),
    ];
    expect(stems(zh).join("\n")).not.toContain("两者使用相同的算法");
  });

  it("takes no passage that opens on 'if this is the cause' ('如果是这个原因…'): the cause is not in the stem", () => {
    const zh = [
      entry(
        "a",
        "机器人群临时消息没有回复",
        "新入群成员发送群临时消息失败，可能是因为缓存没有刷新。如果是这个原因，日志会显示已找不到与目标的关系。解决方法是等待一段时间。",
      ),
      ...deviceLabSiblings(),
    ];
    expect(stems(zh).join("\n")).not.toContain("如果是这个原因");
  });

  it("offers no question that trails off ('Can you add ...?') as an option: it would read as a cut fragment", () => {
    const en = [
      entry(
        "add",
        "Can you add ...?",
        "Network restrictions need a permission revoked from the app, which often makes the app crash, so they will not be added.",
      ),
      ...siblingsEn(),
    ];
    const { questions } = questionsForDeck(en, "en");
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) expect(q.options.join("\n")).not.toMatch(/Can you add/);
  });

  it("takes a verdict followed by its caveat for no passage: the caveat does not tell the question", () => {
    expect(isBareVerdict("可以的，但是如果样本太少，模型可能会过拟合，换到新数据上效果不好")).toBe(true);
    expect(isBareVerdict("Yes, but only when the disk has enough free space left for the copy")).toBe(true);
    expect(isBareVerdict("可以，把导出的模型文件放到 models 目录后重启即可")).toBe(false);
  });

  it("shows no passage cut inside a quotation, nor one leaning on the sentence before it", () => {
    const zh = [
      entry("a", "支持 Windows 吗？", "目前还未支持，但后续有计划支持。"),
      entry("b", "支持 WSL 吗？", "理论上支持，需要自己编译内核模块并加载对应的驱动程序。"),
      entry("c", "支持低版本内核吗？", "最低支持 3.10 版本的内核，低版本内核缺少按容器过滤流量的功能。"),
      entry("d", "为什么抓不到流量？", "请确认监控的协议不是 HTTP2，这个协议目前还没有解析器。"),
      entry("e", "怎么看耗时？", "每个方块代表数据包经过的一个节点，方块之间标出两点之间花费的时间。"),
      entry(
        "f",
        "训练结束没有索引文件怎么办？",
        '显示 "Training is done. The program is closed." 则模型训练成功，后面的报错可以忽略。',
      ),
      entry("g", "日志在哪里？", "日志写在临时目录下的 agent.log 文件里，按天滚动保存七天。"),
      entry("h", "如何升级？", "下载新版本的安装包覆盖旧版本即可，配置文件会自动保留。"),
      entry("i", "占用内存太多怎么办？", "把采样率调低一些，或者关闭不需要的协议解析器来减少内存。"),
    ];
    const en = [
      entry(
        "b",
        "How can I cancel a trade?",
        "Tap the red cross. After a match, though, your score drops a little and the buyer must agree.",
      ),
      entry(
        "c",
        "What does the score mean?",
        "The score is your standing among traders, based on ratings and on how fast you pay.",
      ),
      entry(
        "d",
        "Why is there a limit?",
        "The law caps how much a person may buy each day without showing an identity card.",
      ),
      entry(
        "e",
        "What are the fees?",
        "The buyer pays two percent of the traded amount, plus the network fees of the transfer.",
      ),
      entry(
        "f",
        "Can I use my own wallet?",
        "Yes, turn off the built-in payout and enter the address of your own wallet instead.",
      ),
    ];
    const shown = [...stems(zh), ...stems(en)];
    expect(shown.length).toBeGreaterThanOrEqual(4);
    for (const stem of shown) {
      expect(stem).not.toContain('closed."');
      expect(stem).not.toContain("though");
    }
  });
});

describe("passages that are no aside", () => {
  it("shows no aside ('需要说明的是'), no 'if you insist on doing so', no dash left by a link, no bare list item", () => {
    const zh = [
      entry(
        "a",
        "运行记录存放在什么位置？",
        "需要说明的是，日志路径需要单独配置，默认写在临时目录下的 agent.log 文件里。",
      ),
      entry(
        "b",
        "能不能不用官方模块？",
        "如果你执意要这么做，可以看看社区维护的 overlay 模块，但是出了问题需要自己解决。",
      ),
      entry("c", "为什么抓不到流量？", "请确认监控的协议不是 HTTP2，这个协议目前还没有解析器。"),
      entry("d", "怎么看耗时？", "每个方块代表数据包经过的一个节点，方块之间标出两点之间花费的时间。"),
      entry("e", "如何升级？", "下载新版本的安装包覆盖旧版本即可，配置文件会自动保留。"),
      entry("f", "占用内存太多怎么办？", "把采样率调低一些，或者关闭不需要的协议解析器来减少内存。"),
    ];
    const en = [
      entry(
        "g",
        "What hardware does replacing the boot code need?",
        "Flashing a new bootloader is a one time step that typically requires an external programmer - see [Bootloaders](boot.md).",
      ),
      entry(
        "h",
        "Which tools does it replace?",
        "- [flake8-commas](https://example.org/a)\n- [flake8-bugbear](https://example.org/b)",
      ),
      entry(
        "i",
        "Why is there a daily limit?",
        "The law caps how much a person may buy each day without showing an identity card.",
      ),
      entry(
        "j",
        "What are the fees?",
        "The buyer pays two percent of the traded amount, plus the network fees of the transfer.",
      ),
      entry(
        "k",
        "Can I use my own wallet?",
        "Yes, turn off the built-in payout and enter the address of your own wallet instead.",
      ),
      entry(
        "l",
        "How do I cancel a trade?",
        "Tap the red cross next to the trade and confirm that the buyer has not paid yet.",
      ),
    ];
    const shown = [...questionsForDeck(zh, "zh").questions, ...questionsForDeck(en, "en").questions].map((q) => q.stem);
    expect(shown.length).toBeGreaterThanOrEqual(4);
    for (const stem of shown) {
      expect(stem).not.toMatch(/需要说明的是|执意要这么做|programmer -|“flake8-\w+”/);
    }
  });
});

describe("siblings that send their reader here", () => {
  it("sees a link to a question's heading in the same page", () => {
    const answer = "Follow the same steps as for [connection errors](#i-keep-getting-random-connection-errors).";
    const linksTo = (text: string, question: string) => pageAnchors(text).has(headingAnchor(question));
    expect(linksTo(answer, "I keep getting random connection errors")).toBe(true);
    expect(linksTo(answer, "The display shows garbled characters")).toBe(false);
    expect(linksTo("See [the guide](https://example.org/x).", "I keep getting random connection errors")).toBe(false);
  });

  it("shows no passage that only refers to another entry's steps", () => {
    const deck = [
      entry(
        "b",
        "My printer keeps rebooting during prints",
        "Follow the same steps as for a lost connection to the board.",
      ),
      entry(
        "c",
        "The bed heater never reaches its target",
        "Check that the thermistor wires are not frayed and that the heater fuse is intact.",
      ),
      entry(
        "d",
        "The display shows garbled characters",
        "Set the display driver to the model printed on its label and restart the firmware.",
      ),
      entry(
        "e",
        "Prints shift sideways halfway through",
        "Tighten the belt pulleys and lower the maximum acceleration in the configuration.",
      ),
      entry(
        "f",
        "The extruder clicks while printing",
        "Raise the nozzle temperature a little or slow down the first layers of the print.",
      ),
    ];
    const { questions } = questionsForDeck(deck, "en");
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.find((q) => q.entryId === "d/b")).toBeUndefined();
  });
});

describe("wrong for this stem", () => {
  const deck = [
    entry("a", "集群有哪些优化手段？", "常见手段：\n\n- 数据分片\n- 数据压缩\n- 数据缓存\n\n另外读写锁也很常见。"),
    entry("b", "并发控制有哪些手段？", "包括：\n\n- 读写锁\n- 乐观锁\n- 信号量"),
    entry("c", "存储有哪些格式？", "包括：\n\n- 行存储\n- 列存储\n- 混合存储"),
    entry("d", "网络有哪些协议？", "包括：\n\n- 传输协议\n- 路由协议\n- 应用协议"),
  ];

  it("offers no sibling the passage speaks to as well: one about the same thing, one a hyphenated word names, one on a word many answers use", () => {
    const english = [
      entry(
        "blank",
        "Blank page when opening the dashboard",
        "Check the browser console for errors. Try reloading the dashboard page.",
      ),
      entry(
        "charts",
        "Dashboard charts not loading",
        "Charts load from the metrics service; make sure it runs and is reachable.",
      ),
      entry(
        "crash",
        "Crash with exception 0xc0000005",
        "Windows-specific issue: reinstall the graphics runtime from the vendor's site.",
      ),
      entry(
        "win",
        "Build errors in Windows",
        "Install the Windows build tools and restart the shell before building again.",
      ),
      entry(
        "slow",
        "Everything works, but slowly",
        "Give the server more memory; a local cache helps for repeated queries too.",
      ),
      entry(
        "models",
        "What are the best engines for the tool?",
        "Engines change over time. For offline work, configure a local engine such as a bundled one.",
      ),
      entry(
        "local",
        "How do local engines compare to hosted ones?",
        "Local engines suit small data sets; hosted ones scale further.",
      ),
      entry(
        "token",
        "Where do I put my access token?",
        "In the settings file, under the key `token`, kept local to your machine.",
      ),
      entry(
        "export",
        "How do I export a report?",
        "Use the export button on the report page; reports export as PDF or CSV locally.",
      ),
      entry(
        "theme",
        "How do I switch to the dark theme?",
        "Pick the dark theme under Appearance; it applies at once on this local install.",
      ),
    ];
    const { questions } = questionsForDeck(english, "en");
    const fits = (id: string, sibling: string) =>
      questions.find((q) => q.entryId === `d/${id}` && /passage/.test(q.stem))?.options.includes(sibling);
    expect(fits("blank", "Dashboard charts not loading")).not.toBe(true);
    expect(fits("crash", "Build errors in Windows")).not.toBe(true);
    expect(fits("models", "How do local engines compare to hosted ones")).not.toBe(true);
    expect(questions.filter((q) => /passage/.test(q.stem)).length).toBeGreaterThanOrEqual(3);
  });

  it("never runs a bold line into the sentence under it", () => {
    const deck = [
      entry(
        "rust",
        "Why did you choose Rust for the engine?",
        "We chose it for the long term.\n\n**Memory safety**\nCode written in the language cannot corrupt memory or trigger undefined behaviour.",
      ),
      entry("help", "How can I help with the project?", "Join the chat and pick an open issue labelled for newcomers."),
      entry(
        "build",
        "How do I compile the game?",
        "Install the toolchain with rustup, then run the build script from the repository root.",
      ),
      entry(
        "physics",
        "How are the physics handled?",
        "A fixed-step solver runs on the server, and clients predict between its updates.",
      ),
    ];
    const rust = questionsForDeck(deck, "en").questions.find((q) => q.entryId === "d/rust")!;
    expect(rust.stem).toBe(
      "Which question does this passage answer? “Code written in the language cannot corrupt memory or trigger undefined behaviour”",
    );
  });

  it("never offers as wrong an item the entry's answer also mentions", () => {
    const { questions } = questionsForDeck(deck, "zh");
    const q = questions.find((x) => x.id === "d/a:mcq-list")!;
    expect(q).toBeDefined();
    expect(q.options).not.toContain("读写锁");
  });

  it("never offers as wrong an item that only lengthens one of the entry's own items, and asks no 'one of N' over several lists", () => {
    const longer = [
      entry("a", "启动失败怎么办？", "- 检查系统要求\n- 更新显卡驱动\n- 以管理员身份运行"),
      entry("b", "权限不足怎么办？", "- 以管理员身份运行程序\n- 检查杀毒软件\n- 调整账户设置"),
      entry("c", "窗口找不到怎么办？", "- 确认游戏已启动\n- 检查窗口模式\n- 检查多显示器"),
      entry("d", "识别不准怎么办？", "- 调整分辨率\n- 更新识别模型\n- 调整识别阈值"),
      entry(
        "e",
        "商店怎么设置？",
        "#### 甲店\n\n- 营业开关\n- 商品清单\n- 标签选择\n\n#### 乙店\n\n- 最低价格\n- 商品类型\n- 购买数量",
      ),
    ];
    const { questions } = questionsForDeck(longer, "zh");
    for (const q of questions.filter((x) => x.id === "d/a:mcq-list"))
      expect(q.options).not.toContain("以管理员身份运行程序");
    expect(questions.find((x) => x.id === "d/e:mcq-list")).toBeUndefined();
  });

  it("never offers as wrong a sibling asking about the same symptom, which the passage may answer too", () => {
    const deck = [
      entry(
        "a",
        "在 Mac 上安装完成后无法打开应用的主窗口界面",
        "PicGo 在 Mac 上只显示在顶部栏，程序坞里不会出现图标。",
      ),
      entry("b", "苹果电脑的版本安装之后一直没有主界面", "右键顶部栏的图标，选择打开详细窗口的菜单即可。"),
      entry("c", "微博相册上传之后无法显示预览图", "通常是开启了全局代理导致的，关掉代理后重新上传。"),
      entry("d", "七牛相册里的图片没有网址前缀", "访问网址的设置里漏写了协议头，补上之后重新复制链接。"),
      entry("e", "Mac 上能否支持上传视频文件", "暂不支持视频文件，后续版本也没有这个计划。"),
      entry("f", "一个相册能否设置多个账号", "不能，每个相册只保存一份账号配置，切换时需要重新填写。"),
      entry("g", "Windows 上托盘图标不见了", "任务栏设置里把托盘图标设为始终显示，重启之后就能看到。"),
      entry("h", "剪贴板里的截图上传失败", "先把截图保存成文件，再拖进上传区域，格式选择常见的图片格式。"),
      entry("i", "快捷键上传没有反应", "快捷键可能被别的软件占用，在设置里换一个组合键再试。"),
      entry("j", "日志文件保存在哪里", "日志在用户目录的配置文件夹里，按日期分成多个文件保存。"),
    ];
    const { questions } = questionsForDeck(deck, "zh");
    expect(questions.length).toBeGreaterThan(0);
    // "主界面" beside "主窗口界面": both ask why no window shows, and the passage on the top bar answers both.
    for (const q of questions.filter((x) => x.entryId === "d/a"))
      expect(q.options).not.toContain("苹果电脑的版本安装之后一直没有主界面");
  });

  it("asks which term a definition names only among terms so defined, never a list item's head", () => {
    const deck = [
      entry("a", "What is raylib?", "raylib is a C programming library, designed to be simple and easy-to-use."),
      entry("b", "What is Pyxel?", "Pyxel is a retro game engine for Python, with a small palette."),
      entry("c", "What is SDL?", "SDL is a cross-platform development library giving low level access to audio."),
      entry("d", "What is GLFW?", "GLFW is an open source library for OpenGL giving windows and input."),
      entry("f", "What is LOVE?", "LOVE is a framework for making 2D games in the Lua programming language."),
      entry("g", "What is Godot?", "Godot is a free game engine with its own scripting language and editor."),
      entry(
        "e",
        "What file formats are supported?",
        "It loads many formats:\n\n- Audio: WAV, OGG, MP3\n- Images: PNG, BMP, TGA\n- Meshes: OBJ, IQM, GLTF\n- Fonts: FNT (sprite font), TTF, OTF",
      ),
    ];
    const { questions } = questionsForDeck(deck, "en");
    const byTerm = questions.filter((q) => q.stem.startsWith("Which of these is"));
    expect(byTerm.length).toBeGreaterThan(0);
    const names = ["raylib", "Pyxel", "SDL", "GLFW", "LOVE", "Godot"];
    for (const q of byTerm) for (const option of q.options) expect(names).toContain(option);
  });

  it("takes no item for a definition when its text has the head's word, singular or plural (Fonts: sprite font)", () => {
    const terms = definitionsIn("It loads:\n\n- Fonts: FNT (sprite font), TTF, OTF\n- Audio: WAV, OGG, MP3 files").map(
      (d) => d.term,
    );
    expect(terms).toEqual(["Audio"]);
  });

  it("shows no emphasis marker left open where a passage ends inside italics", () => {
    const deck = [
      entry(
        "a",
        "How do I start editing the recipe?",
        "Copy one of the examples and change it.\n\n*If you are unsure about details, open a pull request anyway. The team will answer your questions.*",
      ),
      entry(
        "b",
        "How do I exclude a platform?",
        "Add a skip line with a selector for that platform to the build section.",
      ),
      entry("c", "Do I need a build script?", "Only for packages that compile code; pure Python packages do not."),
      entry(
        "d",
        "How do I fill in the hash field?",
        "Download the source archive and compute its SHA-256 sum with a tool.",
      ),
    ];
    const stems = questionsForDeck(deck, "en").questions.map((q) => q.stem);
    expect(stems.some((stem) => stem.includes("If you are unsure about details"))).toBe(true);
    for (const stem of stems) expect(stem).not.toMatch(/“\*|\*”/);
  });

  it("never offers as a wrong definition one that names the term asked about", () => {
    const defined = [
      entry("a", "XDP是什么？", "XDP是一种高性能的数据包处理技术。"),
      entry("b", "Map是什么？", "Map是一种在内核和用户空间之间共享数据的结构。"),
      entry("c", "BTF是什么？", "BTF是一种描述内核类型信息的元数据格式。"),
      entry("d", "验证器是什么？", "验证器是一种检查程序安全性的内核组件。"),
      entry("e", "JIT是什么？", "JIT是一种把XDP程序编译成本地机器码的编译器。"),
      entry("f", "pahole是什么？", "pahole是一种生成BTF类型信息的工具。"),
    ];
    const forward = questionsForDeck(defined, "zh").questions.filter((q) => /^“.+”是什么？$/.test(q.stem));
    expect(forward.length).toBeGreaterThanOrEqual(2);
    for (const q of forward) {
      const term = /^“(.+)”是什么？$/.exec(q.stem)![1]!;
      expect(q.options[q.answer]).toBe(
        plainText(defined.find((e) => e.question === `${term}是什么？`)!.answer).slice(term.length + 1, -1),
      );
      for (const [i, option] of q.options.entries()) if (i !== q.answer) expect(option).not.toContain(term);
    }
  });

  it("shows a passage up to the clause before code, never ending on a condition", () => {
    const deck = [
      entry(
        "colab",
        "本项目可否在云端笔记本中运行？",
        "可以尝试使用量化后的小模型在 colab 中运行本项目，需要注意的是，如需运行网页界面，需将 `demo.queue(concurrency_count=3)` 中的参数设置为 True。",
      ),
      entry("win", "本项目能在 Windows 上运行吗？", "可以在 Windows 上运行，但需要先安装对应版本的显卡驱动和运行库。"),
      entry(
        "model",
        "模型文件如何下载到本地？",
        "模型都可以在公开的模型仓库中下载，下载后把路径写入配置文件即可使用。",
      ),
      entry("slow", "模型下载速度太慢怎么办？", "可以改用国内的镜像站点下载模型权重文件，速度通常会快很多。"),
    ];
    const q = questionsForDeck(deck, "zh").questions.find((x) => x.entryId === "d/colab")!;
    expect(q.stem).toBe("下面这段话回答的是哪个问题？「可以尝试使用量化后的小模型在 colab 中运行本项目」");
  });

  it("gives no question rather than a weak one, with a reason", () => {
    const { questions, unasked } = questionsForDeck(
      [entry("x", "缓存为什么会失效？", "因为如此。"), entry("y", "锁冲突怎么办？", "这样办。")],
      "zh",
    );
    expect(questions).toEqual([]);
    expect(unasked.map((u) => u.entryId)).toEqual(["d/x", "d/y"]);
    expect(unasked[0]!.reason).toMatch(/passage|distractors/);
  });

  it("keeps a question's id when only another entry changes", () => {
    const before = questionsForDeck(deck, "zh").questions.find((x) => x.entryId === "d/c")!;
    const changed = [
      ...deck.slice(0, 3),
      entry("d", "网络有哪些协议？", "包括：\n\n- 传输协议\n- 路由协议\n- 会话协议"),
    ];
    expect(questionsForDeck(changed, "zh").questions.find((x) => x.entryId === "d/c")!.id).toBe(before.id);
  });
});

describe("a passage that gives its question away", () => {
  const en = (id: string, question: string, answer: string) => ({ ...entry(id, question, answer), id: `e/${id}` });
  const deck = [
    en(
      "sudo",
      "Why does the installer say sudo is bad?",
      "The installer refuses to work using sudo, since build scripts could change any file.",
    ),
    en(
      "remove",
      "How do I uninstall the tool?",
      "Run the uninstall script from the install repository and delete the cache folder.",
    ),
    en(
      "contribute",
      "How do I contribute patches?",
      "Fork the repository, make a branch and open a pull request against the main branch.",
    ),
    en(
      "name",
      "Why was this name chosen?",
      "It was the shortest name that was still free on the package registry at the time.",
    ),
    en("why", "Why are we building this again?", "Check out the Why section of the overview page for the whole story."),
    en("crash", "The stream fails to open", "ERROR: Could not open video stream on this device at all."),
    en(
      "formats",
      "What file formats are supported?",
      "If you find an issue with parsing a certain file type, please write to support with details of the format.",
    ),
    en(
      "promise",
      "Will the sync bug be fixed?",
      "Our team will work to resolve the issue as quickly as possible, and we thank you for your patience.",
    ),
  ];

  it("finds the words only the right question shares, and shows no passage that has them", () => {
    expect(
      giveawayWords("The installer refuses to work using sudo", "Why does the installer say sudo is bad", [
        "How do I uninstall the installer",
        "How do I contribute patches",
        "Why was this name chosen",
      ]),
    ).toEqual(["sudo"]);
    // A blank in its place would give it away as well: the missing word is plainly one the right option has.
    const { questions, unasked } = questionsForDeck(deck, "en");
    expect(questions.some((x) => x.entryId === "e/sudo")).toBe(false);
    expect(unasked.find((u) => u.entryId === "e/sudo")?.reason).toMatch(/gives it away/);
  });

  it("catches one word written for two ('filenames' for 'file names') and 支持 only the key has", () => {
    expect(
      giveawayWords(
        "Such renames are due to restricted filenames on some storage systems",
        "Why does it change marks in file names",
        ["Failed to load config file", "Using it from multiple locations at once"],
      ),
    ).toContain("filenames");
    expect(
      giveawayWords("支持 TLS 和 SSL 协议，可以在配置文件中选择性配置", "系统支持哪些邮箱", [
        "任务依赖有几种实现",
        "安装时需要注意什么",
      ]),
    ).toEqual(["支持"]);
  });

  it("catches a word of the same stem (Tuner for tuning), a two-letter name beside Chinese, and not only prefixes", () => {
    expect(
      giveawayWords("We recommend using Keras Tuner", "How can I do hyperparameter tuning?", [
        "How can I run on a GPU?",
      ]),
    ).toEqual(["Tuner"]);
    expect(
      giveawayWords("Dataset objects can be passed to fit() directly", "How should I load datasets?", [
        "What if my data is too large?",
      ]),
    ).toEqual(["Dataset"]);
    expect(
      giveawayWords("3.0 版本包含一个使用 go 语言开发的独立组件", "go 语言编写组件编译失败怎样解决", [
        "如何查询数据占用的空间",
        "ctc_fc_b not used 的错误",
      ]),
    ).toContain("go");
  });

  it("catches one word behind a prefix (Unlicense for licensed, redisplay for displaying) and a two-letter name in English", () => {
    expect(
      giveawayWords("The project is dual-licensed under MIT or the Unlicense.", "How is the project licensed?", [
        "How can I donate to the project?",
        "How do I change the colors?",
      ]),
    ).toContain("Unlicense");
    expect(
      giveawayWords("The pager will redisplay the output when you resize.", "Why is the output not displaying?", [
        "How do I change the colors?",
      ]),
    ).toContain("redisplay");
    expect(
      giveawayWords("When I run rg it says the binary file matches.", "Why does my rg alias fail?", [
        "How do I change the output style?",
        "Where do config files go?",
      ]),
    ).toContain("rg");
    expect(giveawayWords("It is on by default.", "Is it on?", ["What is the default?"])).toEqual([]);
  });

  it("leaves function words the key happens to share (如果, 你) in the passage", () => {
    const words = giveawayWords(
      "如果 strictNullChecks 的值被设置为 true 就会出现上述问题，如果你确定项目中不需要这个检测配置，可以改为 false",
      "使用表单组件的 setFieldsValue 方法如果对象类型中含有 null 时 TS 类型报错",
      ["在我的网络环境下没法获取到图标文件", "使用 App Router 时组件报错"],
    );
    expect(words).not.toContain("如果");
    expect(words).not.toContain("你");
  });

  it("catches a term written in the other language (图标 for icon, worker for 工作组)", () => {
    expect(
      giveawayWords("我们会使用 svg 图标，你就不用担心本地部署的问题了", "在我的网络环境下没法获取到 icon 文件", [
        "使用 Next.js 的 App Router 时组件报错",
        "当我动态改变 defaultValue 的时候它并没有生效",
      ]),
    ).toContain("图标");
    expect(
      giveawayWords("为了支持 k8s，worker ip 一直变动，因此不能在界面上配置", "工作组管理页面没有展示按钮", [
        "服务介绍及建议运行内存",
        "流程定义启动之后没有实例生成",
      ]),
    ).toContain("worker");
  });

  it("catches a word's other spellings and parts: graph-ql, compositing, umi.js, ChatGPT-like", () => {
    const wrong = ["How do I configure the dev server", "The quality is low", "Issue with Wayland"];
    expect(giveawayWords("Configure the graph-ql loader first", "How do I use GraphQL", wrong)).toEqual(["graph-ql"]);
    expect(giveawayWords("On Plasma, compositing is disabled meanwhile", "KWin compositor crashes", wrong)).toEqual([
      "compositing",
    ]);
    expect(giveawayWords("ChatGPT-like answers will be removed", "Can I use ChatGPT to help", wrong)).toEqual([
      "ChatGPT-like",
    ]);
    expect(
      giveawayWords("若需要插到 umi.js 前面，请改用 headScripts", "umi4 我怎么分包", ["devServer 选项怎么配置"]),
    ).toEqual(["umi.js"]);
    // A word a wrong option uses too gives nothing away.
    const words = giveawayWords("Wayland sessions lose the clipboard", "Why does Wayland lose the clipboard", wrong);
    expect(words).toContain("clipboard");
    expect(words).not.toContain("Wayland");
  });

  it("tells versions apart and keeps a name with slashes whole: Windows8/8.1 is not Windows10", () => {
    const right = "在Windows7/Windows8/8.1下任务栏窗口有个背景色";
    const words = giveawayWords("在新版本中，Windows8/8.1下可以勾选该选项", right, ["Windows10中开启HDR后无法显示"]);
    expect(words).toContain("Windows8/8.1");
    // Without a number on both sides a word and its versioned name stay one word.
    expect(giveawayWords("Windows 下可以勾选该选项", "Windows10 下窗口有背景色", ["Windows 中无法显示"])).toEqual([]);
  });

  it("blanks a short key's word found inside a longer word of the passage (系统问题 in 操作系统)", () => {
    const passage = "这个工具不支持 32 位操作系统，也不支持更老的版本";
    expect(giveawayWords(passage, "系统问题", ["运行库问题", "连接错误"])).toContain("系统");
    // A long question shares words with many passages; only whole words count there.
    expect(giveawayWords(passage, "为什么我的电脑提示不支持这个系统版本呢", ["运行库问题", "连接错误"])).not.toContain(
      "系统",
    );
  });

  it("blanks a phrase only the right question shares, though each of its words is common", () => {
    const wrong = [
      "How does Ente handle photos that are part of multiple iOS albums",
      "How does the deduplication feature work on the desktop app",
    ];
    const words = giveawayWords(
      "Reorganizing photos in the iOS Photos app won't reflect in Ente",
      "What happens if I reorganize my photos in the iOS Photos app",
      wrong,
    );
    expect(words).toEqual(expect.arrayContaining(["Reorganizing", "iOS", "Photos", "app"]));
    // "photos" alone is in a wrong option too.
    expect(words).not.toContain("photos");
  });

  it("never uses a pointer elsewhere as a passage", () => {
    const { questions, unasked } = questionsForDeck(deck, "en");
    for (const id of ["e/why", "e/crash", "e/formats", "e/promise"])
      expect(questions.some((q) => q.entryId === id)).toBe(false);
    expect(unasked.find((u) => u.entryId === "e/why")?.reason).toMatch(/passage/);
  });

  it("asks what to do about an item that is a problem with its fix, and what a mechanism named after one is", () => {
    const answer = (items: string[]) => `Common issues and solutions:\n\n${items.map((i) => `- ${i}`).join("\n")}`;
    const deck = [
      entry(
        "e/git",
        "Git integration not working",
        answer([
          "Connection failed: Verify your token has the right permissions",
          "Repository not found: Check the repository URL and your access",
          "Push rejected: Ensure you have write access to the repository",
        ]),
      ),
      entry(
        "e/deploy",
        "Deployment not working",
        answer([
          "Build failed: Read the build log for the first error it shows",
          "Site not found: Check the domain settings of your host",
          "Upload timed out: Retry with a smaller bundle or a faster link",
        ]),
      ),
    ];
    const stems = questionsForDeck(deck, "en").questions.map((q) => q.stem);
    expect(stems).toContain(
      "In the answer to “Git integration not working”, what do you do about “Connection failed”?",
    );
    expect(stems.some((s) => /what is “Connection failed”/.test(s))).toBe(false);
  });

  it('asks no "what is" of a step of a fix under a problem', () => {
    const fix = (steps: string[]) => `This error can be resolved by:\n\n${steps.map((x) => `- ${x}`).join("\n")}`;
    const deck = [
      entry(
        "e/key",
        '"x-api-key header missing"',
        fix([
          "Restarting the container: run `docker compose restart` and wait",
          "Switching run methods: try pnpm if using Docker, or the other way round",
          "Clearing the cache: empty the browser cache and reload the page",
        ]),
      ),
      entry(
        "e/preview",
        "Blank preview when running the app",
        fix([
          "Checking the console: look for runtime errors in the browser console",
          "Restarting the server: stop the development server and start it again",
          "Refreshing the pane: reload the preview pane once the build is done",
        ]),
      ),
      entry(
        "e/deploy",
        "Deployment failed",
        fix([
          "Checking the logs: read the build log for the first error it shows",
          "Verifying the token: make sure the deploy token has write access",
          "Retrying the upload: upload again with a smaller bundle",
        ]),
      ),
    ];
    const stems = questionsForDeck(deck, "en").questions.map((q) => q.stem);
    expect(stems.some((s) => /lists 3 items/.test(s))).toBe(true);
    expect(stems.some((s) => /what is “/.test(s))).toBe(false);
  });

  it("never shows a heading of the answer as a passage", () => {
    const answers = [
      "**1) Whole-model saving (configuration + weights)**\n\nThe default format to use is the SavedModel format, which keeps the weights and the graph together.",
      "Use the early stopping callback with a patience of a few epochs, so that training ends once the loss stops improving.",
      "Wrap the model in a distribution strategy scope and the batches are split between the devices for you.",
      "Set the trainable attribute of each layer you want to keep to false before compiling the model again.",
    ];
    const questions = [
      "How should I store a trained network?",
      "How can I stop training early?",
      "How can I run on several GPUs?",
      "How can I freeze some layers?",
    ];
    const asked = questionsForDeck(
      questions.map((q, i) => entry(`e/${i}`, q, answers[i]!)),
      "en",
    ).questions;
    expect(asked.find((q) => q.entryId === "d/e/0")?.stem).toMatch(/SavedModel|default format/);
  });

  it("never shows a pointer to more reading or a promise as a passage", () => {
    const questions = [
      "How can I save a model during training?",
      "How do I halt fitting when progress stalls?",
      "How can I run on several GPUs?",
      "How can I freeze some layers?",
      "What are the future plans?",
      "Miniflare errors on Windows?",
      "How do I begin writing my own keymap?",
      "Which keyboards can I buy today?",
      "Where are the server logs kept?",
      "Can I restore a deleted note?",
    ];
    const answers = [
      "Find out more in the callbacks documentation.",
      "Use the early stopping callback with a patience of a few epochs, so that training ends once the loss stops improving.",
      "Wrap the model in a distribution strategy scope and the batches are split between the devices for you.",
      "Set the trainable attribute of each layer you want to keep to false before compiling the model again.",
      "New features and improvements are on the way!",
      "More details in GitHub Issues.",
      "Please use the developer documentation to get started!",
      "Similar documentation covering which boards have been integrated is currently being planned.",
      "Review the [Troubleshooting](troubleshooting.md) docs for more about using logs.",
      "For further information go [here](https://example.org/restore).",
    ];
    const { questions: asked } = questionsForDeck(
      questions.map((q, i) => entry(`e/${i}`, q, answers[i]!)),
      "en",
    );
    expect(asked.map((q) => q.entryId)).toContain("d/e/1");
    expect(asked.some((q) => ["d/e/0", "d/e/4", "d/e/5", "d/e/6", "d/e/7", "d/e/8", "d/e/9"].includes(q.entryId))).toBe(
      false,
    );
  });

  it("cuts a pointer off the end of a passage, and drops what is left if it says nothing", () => {
    const zh = [
      entry(
        "split",
        "umi4 我怎么分包？",
        "默认按页拆包，如果你觉得还需要优化，可以使用拆包策略或手动拆包，详见：代码拆分指南。",
      ),
      entry(
        "wasm",
        "怎么用 WebAssembly？",
        "一个实际例子可参见：discussions/8541。请阅读我们关于构建的文档，了解如何设置。",
      ),
      ...siblingsZh(),
      entry("compare", "它与同类工具的区别是什么？", "请查看「同类技术对比」文档了解更多信息。"),
    ];
    const { questions } = questionsForDeck(zh, "zh");
    expect(questions.some((q) => q.entryId === "d/compare")).toBe(false);
    expect(questions.find((q) => q.entryId === "d/split")?.stem).toBe(
      "下面这段话回答的是哪个问题？「默认按页拆包，如果你觉得还需要优化，可以使用拆包策略或手动拆包」",
    );
    expect(questions.some((q) => q.entryId === "d/wasm")).toBe(false);
  });

  it("cuts a pointer together with the modal before it, and shows no aside or label as a passage", () => {
    const zh = [
      entry(
        "export",
        "Exporter 靠谱吗？",
        "支持的，插件提供一套完整而稳定的模型转换与打包工具，可以参考[文档](https://example.com/export)。",
      ),
      entry(
        "runtime",
        "缺少 libfoo 怎么办？",
        "运行 `apt install libfoo`。此外，开发时推荐使用 Linux 或者 Windows 而不是 macOS 系统。",
      ),
      entry("font", "vertical 数据怎么合成？", "合成数据时推荐使用的工具：font_maker_v2"),
      entry("data", "label 格式怎么写？", "可以参考数据准备文档，里面有各个字段与取值范围的详细介绍。"),
      entry("port", "端口被占用怎么办？", "换一个空闲端口重新启动，或者先结束占用该端口的旧进程。"),
      entry("proxy", "代理为什么不生效？", "代理只对开发服务器发出的请求生效，生产环境需要另外配置网关。"),
      ...siblingsZh(),
    ];
    const { questions } = questionsForDeck(zh, "zh");
    const stem = questions.find((q) => q.entryId === "d/export")?.stem ?? "";
    expect(stem).toBe("下面这段话回答的是哪个问题？「支持的，插件提供一套完整而稳定的模型转换与打包工具」");
    expect(questions.some((q) => q.entryId === "d/runtime")).toBe(false);
    expect(questions.some((q) => q.entryId === "d/font")).toBe(false);
    expect(questions.some((q) => q.entryId === "d/data")).toBe(false);
  });

  it("asks for no definition of a head that compares two things", () => {
    const answer = (a: string, b: string, c: string) =>
      `两种做法。\n\n- **${a}**: ${c}时每次都重新生成一份，读到最新的提交\n- **${b}**: ${c}时只生成一次，之后都读到同一个版本\n`;
    const zh = [
      entry("modes", "快照怎么生成？", answer("READ vs WRITE", "Snapshot Mode", "查询快照")),
      entry("cache", "缓存怎么失效？", answer("Cache Flush", "Lazy Expire", "刷新缓存")),
      entry("log", "日志怎么写？", answer("Redo Write", "Undo Write", "写入日志")),
      entry("index", "索引怎么建？", answer("Online Build", "Offline Build", "创建索引")),
      entry("plan", "执行计划怎么选？", answer("Cost Model", "Rule Model", "选择计划")),
    ];
    const stems = questionsForDeck(zh, "zh").questions.map((q) => q.stem);
    expect(stems.some((s) => s.includes("“Snapshot Mode”"))).toBe(true);
    expect(stems.some((s) => s.includes("READ vs WRITE"))).toBe(false);
  });

  it("never shows as a passage a sentence that says the other half of the one before it (反之…, Otherwise…)", () => {
    const zh = [
      entry(
        "detail",
        "为什么有的图片有详细信息？",
        "因为有的图片来源带有 `详细信息` 字段，所以显示；反之，有的没有，所以不显示。",
      ),
      ...siblingsZh(),
    ];
    const { questions, unasked } = questionsForDeck(zh, "zh");
    expect(questions.some((q) => q.entryId === "d/detail")).toBe(false);
    expect(unasked.find((u) => u.entryId === "d/detail")?.reason).toMatch(/passage/);
  });

  it("shows no passage that refers back (Moreover…, In which case…, its…) nor one cut at a pointer mid-condition", () => {
    const en = [
      entry("never", "Will it ever change my files?", "It only reads. Moreover, the tool will never write to disk."),
      entry("man", "Does it have a manual?", "Yes, with the package. In which case, man tool should just work."),
      entry(
        "alias",
        "How do I find my profile?",
        "In order to find its location, type the name of the variable at the prompt.",
      ),
      entry("port", "Which port does it use?", "The server listens on port 8080 unless the config names another one."),
      entry(
        "proxy",
        "Does it work behind a proxy?",
        "The client reads the usual proxy variables from the environment.",
      ),
      entry("cache", "Where is the cache kept?", "The cache lives in a folder under the home directory of the user."),
    ];
    const asked = questionsForDeck(en, "en").questions.map((q) => q.entryId);
    for (const id of ["d/never", "d/man", "d/alias"]) expect(asked).not.toContain(id);
    const zh = [
      entry(
        "xid",
        "事务为什么没有回滚？",
        "如决议结果是失败但分支没有注册，可在调用端检查上下文里是否有值，如果无值请参考第二十四问。",
      ),
      ...siblingsZh(),
    ];
    expect(questionsForDeck(zh, "zh").questions.map((q) => q.entryId)).not.toContain("d/xid");
  });

  it("shows no passage leaning on what it does not show (the former…, available here, 此问题…)", () => {
    const en = [
      entry(
        "engines",
        "Which regex engine should I pick?",
        "The former engine is much faster than the latter on long inputs.",
      ),
      entry("why", "Why was it written?", "A full explanation of the reasons is available here, with the history."),
      entry(
        "slow",
        "Why is the second engine slower?",
        "The problem lies in what is considered a valid match by each one.",
      ),
      entry(
        "license",
        "How is it licensed?",
        "I, as the tool's author, would like as many people as possible to use it.",
      ),
      ...siblingsEn(),
    ];
    const asked = questionsForDeck(en, "en").questions.map((q) => q.entryId);
    for (const id of ["d/engines", "d/why", "d/slow", "d/license"]) expect(asked).not.toContain(id);
    expect(asked.length).toBeGreaterThan(0);
    const zh = [
      entry("netlify", "部署到 Netlify 会怎样？", "部署到该平台时输出会被缓冲，此问题依然等待官方解决。"),
      entry("scenes", "贴纸功能有哪些使用场景？", "关键是，你需要先知道贴纸是什么，再去发掘它的用法。"),
      ...siblingsZh(),
    ];
    const askedZh = questionsForDeck(zh, "zh").questions.map((q) => q.entryId);
    for (const id of ["d/netlify", "d/scenes"]) expect(askedZh).not.toContain(id);
  });

  it("finds a word of a long key the passage repeats, a term, and a version", () => {
    const words = giveawayWords("如决议结果是回滚，但是分支没有注册，可在调用端判断是否有值", "抛出异常后事务未回滚", [
      "分库分表的解决方案",
      "使用动态数据源后的常见问题",
    ]);
    expect(words).toContain("回滚");
    const stamp = giveawayWords(
      "由于业务提交，seata 记录当前镜像后，数据库又进行了一次时间戳的更新，导致镜像校验不通过",
      "数据库开启自动更新时间戳导致脏数据无法回滚",
      ["还没到全局事务超时时间就出现了超时回滚", "服务启动不了"],
    );
    expect(stamp).toContain("时间戳");
    // A version or a name with symbols that only the key and the passage have.
    const jdk = giveawayWords(
      "客户端编译和运行时 JDK 版本都是 1.8，依然报 flip() 错误",
      "为什么 JDK 版本都是 1.8 还会报错",
      ["为什么升级到 17 后启动失败", "如何在 M1 芯片上下载依赖"],
    );
    expect(jdk).toContain("1.8");
  });

  it("asks for no definition of a person's role, a judgement, or a term pointing at text not shown", () => {
    const terms = (answer: string) => definitionsIn(answer, []).map((d) => d.term);
    expect(terms("Ada Smith is the original author of the library.")).toEqual([]);
    expect(terms("The output of this command is a list of files that match the pattern.")).toEqual([]);
    expect(terms("Colors are an ideal candidate to set in your configuration file.")).toEqual([]);
    expect(terms("SAX is an event-driven API for parsing and generating documents.")).toEqual(["SAX"]);
  });

  it("never offers as wrong a question about what the passage talks of", () => {
    const zh = [
      entry("add", "如何加入自己的检测算法？", "在 modeling 目录下分别选择 backbone 和 head，没有可用的就新建文件。"),
      entry("swap", "如何更换检测模型的 backbone？", "修改配置文件中 Backbone 一节的名称与参数即可完成替换。"),
      entry("coords", "如何获取检测文本框的坐标？", "预测结果中每个文本框都带有四个顶点坐标，可以直接读取使用。"),
      entry("vertical", "横排和竖排文字如何同时支持？", "训练时加入旋转后的竖排样本，并在预测前判断文本方向。"),
      entry("long", "如何识别很长的文本行？", "把输入宽度调大或者先切分成几段，再分别识别后拼接结果。"),
    ];
    const q = questionsForDeck(zh, "zh").questions.find((x) => x.entryId === "d/add");
    expect(q?.options ?? []).not.toContain("如何更换检测模型的 backbone");
  });

  it("blanks only the term a 'what is' question asks about, where the passage opens on it", () => {
    expect(
      termBlanked("What is a pull request?", "A pull request asks to merge a branch.", ["pull", "request"], "___"),
    ).toBe("A ___ asks to merge a branch.");
    expect(termBlanked("什么是 XDP？", "XDP 在网卡驱动中处理数据包。", ["XDP"], "＿＿")).toBe(
      "＿＿ 在网卡驱动中处理数据包。",
    );
    expect(
      termBlanked(
        "What is a pull request?",
        "A pull request asks to review a request to merge.",
        ["pull", "request"],
        "___",
      ),
    ).toBeNull(); // "request" still says which
    expect(termBlanked("什么是部署？", "部署脚本会把服务发布到服务器。", ["部署"], "＿＿")).toBeNull(); // half of 部署脚本
    expect(termBlanked("Cloudflare是什么", "Cloudflare（CF）是一个网络服务供应商", ["Cloudflare"], "＿＿")).toBe(
      "＿＿是一个网络服务供应商",
    );
    // Another word gives it away too, the term comes late, or only part of a word is the term: no passage.
    expect(termBlanked("What is a pull request?", "A pull request asks for a review.", ["review"], "___")).toBeNull();
    expect(termBlanked("What is CI?", "On every push, CI runs the tests.", ["CI"], "___")).toBeNull();
    expect(termBlanked("What is Git?", "GitHub hosts repositories.", ["Git"], "___")).toBeNull();
    expect(termBlanked("How do I merge?", "Merge with the button.", ["merge"], "___")).toBeNull();
  });

  it("offers no question about the project itself (donating, licences) beside a passage on its subject", () => {
    const en = [
      entry(
        "colors",
        "How do I change the highlight?",
        "Pass a style such as bold or a hex value to the flag for matches.",
      ),
      entry("donate", "How can I donate to the maintainers?", "There is a sponsor page linked from the repository."),
      entry(
        "order",
        "Why are results in a random order?",
        "Search runs on several threads and prints whatever finishes first.",
      ),
      entry("multi", "Can a pattern span lines?", "Turn on the multiline mode, which reads whole files into memory."),
      entry("pipe", "Why is piped input garbled?", "The shell re-encodes bytes that are not ASCII before they arrive."),
      entry(
        "speed",
        "Why are Unicode searches slow?",
        "Character classes over all letters compile into very large automata.",
      ),
    ];
    const { questions } = questionsForDeck(en, "en");
    const asked = questions.filter((q) => q.entryId !== "d/donate");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.options).not.toContain("How can I donate to the maintainers");
  });
});

describe("passages that say what the product is, or where to read more", () => {
  const deck = [
    entry(
      "billing",
      "Compared to legacy plans, how is Cloudbase billing different?",
      "Cloudbase is a fully-managed cloud database with integrated data services. Much like other serverless databases, you pay for using the system, tracked in credits.",
    ),
    entry(
      "index",
      "Why does Cloudbase refuse to select by my column?",
      "A field must be a primary, secondary, or date index (See Unique Index components) to query on it via SQL JOIN clauses, or via the data query endpoint.",
    ),
    entry(
      "cancel",
      "How can I make changes to my Cloudbase plan?",
      "Upgrade, downgrade or cancel at any time on the Manage Plan page.",
    ),
    entry(
      "legacy",
      "Do I have to change anything on a legacy Cloudbase plan?",
      "You can keep using the service as you do today.",
    ),
    entry(
      "coverage",
      "How do I get Cloudbase data on major stock indices?",
      "Index data comes from a partner and is sold separately.",
    ),
  ];
  const stemOf = (id: string) => questionsForDeck(deck, "en").questions.find((q) => q.entryId === `d/${id}`)?.stem;

  it("does not quote what the product is as the answer to another question about it", () => {
    expect(stemOf("billing")).toMatch(/you pay for using the system/);
    const billing = "Compared to legacy plans, how is Cloudbase billing different?";
    expect(definesTheSubject("Cloudbase is a fully-managed cloud database with data services", billing)).toBe(true);
    expect(definesTheSubject("Cloudbase is a database", "What is Cloudbase?")).toBe(false);
    expect(definesTheSubject("You pay for using the system", billing)).toBe(false);
  });

  it("leaves a '(See …)' aside out of the passage", () => {
    expect(stemOf("index")).toMatch(/A field must be a primary, secondary, or date index to query on it via SQL/);
  });
});

describe("passages from tables, struck text and 'follow the instructions here'", () => {
  it("takes no passage from an HTML table, a struck sentence or a pointer", () => {
    const deck = [
      entry(
        "models",
        "Which engines power it?",
        "<table>\n<tr><th>Model Name</th><th>Total Tokens</th></tr>\n<tr><td>alpha-2</td><td>1,637,700</td></tr>\n</table>",
      ),
      entry(
        "old",
        "How do I launch it?",
        "~~Run the binary from a command prompt opened by the launcher.~~\n\nDouble-click start.bat.",
      ),
      entry("token", "How can I reset my token?", "Follow the instructions here."),
      ...siblingsEn(),
    ];
    const { questions, unasked } = questionsForDeck(deck, "en");
    const reason = (id: string) => unasked.find((u) => u.entryId === `d/${id}`)?.reason;
    for (const id of ["models", "old", "token"]) expect(reason(id)).toMatch(/no sentence of the answer stands alone/);
    expect(questions.length).toBeGreaterThan(2);
  });
});

describe("give-aways by translation and answer labels", () => {
  it("takes 骨干网络 for backbone and 微调 for finetune", () => {
    expect(
      giveawayWords("骨干网络的选择是预测效果和预测效率的权衡", "如何更换文本检测的backbone", [
        "文本行较紧密的情况下如何准确检测",
        "如何识别带空格的英文行文本图像",
      ]),
    ).toContain("骨干网络");
    expect(
      giveawayWords("在 finetune 训练时可以加载我们提供的预训练模型", "如何进行模型微调", ["中文识别模型如何选择"]),
    ).toContain("finetune");
  });
});
