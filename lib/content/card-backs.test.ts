import { describe, expect, it } from "vitest";
import {
  answerForCards,
  tableRowsBack,
  withoutPointerClauses,
  withCodeMarked,
  withoutCodeComments,
  withoutDanglingEnd,
  withoutOrdinalOpening,
  withoutRelativeLinks,
} from "./card-backs";
import { cardsForEntry } from "./generate-cards";
import { withoutStruckText } from "./markdown-text";

const entry = (answer: string, question: string) => ({ id: "d/e1", kind: "question" as const, question, answer });
const card = (answer: string, question: string, kind: string) =>
  cardsForEntry(entry(answer, question), "en").find((c) => c.kind === kind)!;

describe("card backs", () => {
  it("sums up an answer told per range of versions under headings, a range to a line", () => {
    const answer = [
      "获取客户端网卡逻辑在1.4.0版本有所调整，所以需要根据客户端版本区分",
      "#### 6.1 client为1.3.0及之前的版本",
      "如果有多网卡，需要在/etc/hosts里面加一条映射关系来提升权重。\n\n格式：`ip ${hostname}`",
      "```\n192.168.1.50 jim-ubuntu-pc\n```",
      "#### 6.2 client为1.4.0及之后的版本",
      "如果有多网卡，可以通过调整它们在系统中的顺序来改变优先级，顺序在前的优先级更高。",
    ].join("\n\n");
    expect(cardsForEntry(entry(answer, "客户端多块网卡造成获取IP不准，如何解决？"), "zh")[0]!.back).toBe(
      "- client为1.3.0及之前的版本: 如果有多网卡，需要在/etc/hosts里面加一条映射关系来提升权重。\n" +
        "- client为1.4.0及之后的版本: 如果有多网卡，可以通过调整它们在系统中的顺序来改变优先级，顺序在前的优先级更高。",
    );
  });

  it("ends the point before a bold label over an example, and keeps HTML written as code", () => {
    const answer = [
      "这是由于开启了路由切换动画，且页面组件存在多个根节点导致的，在页面最外层添加`<div></div>`即可",
      "**错误示例**",
      "```vue\n<template>\n  <!-- 注释也算一个节点 -->\n  <h1>text h1</h1>\n  <h2>text h2</h2>\n</template>\n```",
      "**正确示例**",
      "```vue\n<template>\n  <div>\n    <h1>text h1</h1>\n    <h2>text h2</h2>\n  </div>\n</template>\n```",
      "**提示**",
      "- 如果想使用多个根标签，可以禁用路由切换动画\n- template 下面的根注释节点也算一个节点",
    ].join("\n\n");
    expect(cardsForEntry(entry(answer, "页面切换后页面空白"), "zh")[0]!.back).toBe(
      "这是由于开启了路由切换动画，且页面组件存在多个根节点导致的，在页面最外层添加`<div></div>`即可",
    );
  });

  it("keeps a short list answer as a list, its links' words kept", () => {
    const answer = "- Free to use\n- Runs on [every platform](https://example.org/platforms)\n- Small and fast";
    expect(card(answer, "Why pick this tool?", "basic").back).toBe(
      "- Free to use\n- Runs on every platform\n- Small and fast",
    );
  });

  it("drops the answer's own labels from the back", () => {
    const answer = "**A**：1. 重启服务后再试。\n\n**A**：2. 升级到最新版本，这个问题已修复。";
    const back = cardsForEntry(entry(answer, "服务启动失败怎么办？"), "zh")[0]!.back;
    expect(back).not.toMatch(/\*\*A\*\*|A：/);
    expect(back).toContain("1. 重启服务后再试。");
  });

  it("gives a step card the step's first sentence, not its explanation", () => {
    const answer =
      "1. Write the probe. The probe is a small C file that the loader compiles on the fly.\n2. Load the probe.\n3. Read the results.";
    const steps = cardsForEntry(entry(answer, "How do I trace a call?"), "en").filter((c) => c.kind === "list-item");
    expect(steps[0]!.back).toBe("Write the probe.");
  });

  it("gives a term card the definition's first sentence, unless it is a question or ends at a semicolon", () => {
    const define = (definition: string) =>
      card(`- **Cache**: ${definition}\n- **Queue**: holds the jobs waiting to run.`, "Which parts are there?", "term")
        .back;
    expect(define("keeps hot pages in memory. The loader fills it at start-up.")).toBe("keeps hot pages in memory.");
    expect(define("keeps hot pages; the loader fills it at start-up.")).toBe(
      "keeps hot pages; the loader fills it at start-up.",
    );
    expect(define("Do you need one at all? Most setups run fine without.")).toBe(
      "Do you need one at all? Most setups run fine without.",
    );
  });

  it("drops a clause that only points to more reading, keeping named links and short remainders", () => {
    expect(withoutPointerClauses("有的，工具已内置量化功能，可以参考[文档](https://example.org/q)")).toBe(
      "有的，工具已内置量化功能",
    );
    expect(
      withoutPointerClauses("1. 建议使用新版编译器，具体细节参考[链接](https://example.org/b)\n2. 用发布模式编译"),
    ).toBe("1. 建议使用新版编译器\n2. 用发布模式编译");
    // The condition of a pointer goes with it: "如果您不相信我们" alone is a sentence cut short.
    expect(
      withoutPointerClauses(
        "网页被修改一般是代理所为。\n\n如果您不相信我们，请自行查看[源代码](https://example.org/s)。",
      ),
    ).toBe("网页被修改一般是代理所为。");
    expect(
      withoutPointerClauses("It never changes pages. If you doubt it, see [the source](https://example.org/s)."),
    ).toBe("It never changes pages.");
    expect(withoutPointerClauses("Raise the limit in the config file, see [the guide](https://example.org/g).")).toBe(
      "Raise the limit in the config file",
    );
    expect(withoutPointerClauses("可以。下载全量包解压即可，参考: [下载](download.md)。")).toBe(
      "可以。下载全量包解压即可",
    );
    expect(withoutPointerClauses("合成工具推荐：[text_maker](https://example.org/t)")).toBe(
      "合成工具推荐：[text_maker](https://example.org/t)",
    );
    expect(withoutPointerClauses("是的，见[这里](https://example.org/h)")).toBe(
      "是的，见[这里](https://example.org/h)",
    );
  });

  it("sums up a table too big to grade by its lead and first-column rows", () => {
    const row = (name: string) =>
      `| ${name} | ${"a long description of how this option behaves ".repeat(2)} | medium |`;
    const table = ["| Option | How | Cost |", "|--|--|--|", row("Single"), row("Primary-replica"), row("Cluster")].join(
      "\n",
    );
    expect(tableRowsBack(`**From cheapest to safest:**\n\n${table}\n\nTip: name your criteria.`, 300)).toBe(
      "From cheapest to safest:\n\n- Single\n- Primary-replica\n- Cluster",
    );
    // Prose before the table is the point; a table that fits is its own back.
    expect(tableRowsBack(`Pick by cost and safety, as below.\n\n${table}`, 300)).toBeNull();
    expect(tableRowsBack("| A | B |\n|--|--|\n| x | 1 |\n| y | 2 |", 300)).toBeNull();
  });
});

describe("withCodeMarked", () => {
  const answer =
    "Use `brew log <formula>` to find out! Homebrew refuses to work using `sudo`. You should only ever sudo a tool you trust.";

  it("marks code the point lost when it was read as plain text", () => {
    expect(withCodeMarked("Use brew log <formula> to find out!", answer)).toBe("Use `brew log <formula>` to find out!");
  });

  it("marks a word only where the answer marked it", () => {
    expect(
      withCodeMarked("Homebrew refuses to work using sudo. You should only ever sudo a tool you trust.", answer),
    ).toBe("Homebrew refuses to work using `sudo`. You should only ever sudo a tool you trust.");
  });

  it("leaves code that is already marked, and code blocks, as they are", () => {
    const back = "Use `brew log <formula>` to find out!\n\n```sh\nsudo brew log x\n```";
    expect(withCodeMarked(back, answer)).toBe(back);
  });
});

describe("clean ends and links", () => {
  it("drops a pointer to a bare address at the end of a line", () => {
    expect(
      withoutPointerClauses(
        "可运行于Linux、Windows、MacOS等多种系统。操作步骤可以参考文档，https://example.org/README.md",
      ),
    ).toBe("可运行于Linux、Windows、MacOS等多种系统。");
  });

  it("drops what a pointer was about with the pointer, and a line that was only the pointer", () => {
    expect(
      withoutPointerClauses("唤醒模式类似于小爱技能。关于唤醒模式的更多细节，请查看这里：https://example.org/28"),
    ).toBe("唤醒模式类似于小爱技能。");
    expect(
      withoutPointerClauses(
        "唤醒模式类似于小爱技能，无需每句话都唤醒。\n\n关于唤醒模式的更多细节，请查看这里：https://example.org/28",
      ),
    ).toBe("唤醒模式类似于小爱技能，无需每句话都唤醒。");
  });

  it("drops an ordinal opening the back no longer follows, and keeps one inside", () => {
    expect(withoutOrdinalOpening("Secondly, coloring on Windows is complicated.")).toBe(
      "Coloring on Windows is complicated.",
    );
    expect(withoutOrdinalOpening("其次，检查代理设置。")).toBe("检查代理设置。");
    expect(withoutOrdinalOpening("In this case, you can raise the limit:")).toBe("You can raise the limit:");
    expect(withoutOrdinalOpening("`rg` first, then `fd`.")).toBe("`rg` first, then `fd`.");
    expect(withoutOrdinalOpening("However it is possible to tune the collector.")).toBe(
      "It is possible to tune the collector.",
    );
    expect(withoutOrdinalOpening("However large the file, it streams.")).toBe("However large the file, it streams.");
    expect(withoutOrdinalOpening("However, if flashing fails, flash by hand.")).toBe(
      "If flashing fails, flash by hand.",
    );
    expect(withoutOrdinalOpening("同上，你可以调整样式优先级以覆盖。")).toBe("你可以调整样式优先级以覆盖。");
    expect(withoutOrdinalOpening("First-class support, finally, is here.")).toBe(
      "First-class support, finally, is here.",
    );
  });

  it("keeps a relative link's words only, and absolute links whole", () => {
    expect(
      withoutRelativeLinks("请在 [configs/model.py](../configs/model.py) 中修改，见 [文档](https://example.org/a)"),
    ).toBe("请在 configs/model.py 中修改，见 [文档](https://example.org/a)");
    // A destination written as a link of its own: the words, with no parenthesis left over.
    expect(withoutRelativeLinks("如[Alpha](**[https://e.org/a](https://e.org/a))、[Beta](x(1).md)等")).toBe(
      "如Alpha、Beta等",
    );
  });

  it("ends a back cut before its code at the clause before, and a trailing comma with a full stop", () => {
    expect(
      withoutDanglingEnd("模型下载完成后，请在配置文件中对 `llm_model_dict` 参数进行修改，如把 `llm_model_dict`从"),
    ).toBe("模型下载完成后，请在配置文件中对 `llm_model_dict` 参数进行修改。");
    expect(withoutDanglingEnd("导出的标注结果直接适配训练所需要的数据格式，")).toBe(
      "导出的标注结果直接适配训练所需要的数据格式。",
    );
    expect(withoutDanglingEnd("export CUDA_VISIBLE_DEVICES=''，CPU是可以正常跑的")).toBe(
      "export CUDA_VISIBLE_DEVICES=''，CPU是可以正常跑的",
    );
  });

  it("ends before a last sentence about code the back does not show", () => {
    expect(withoutDanglingEnd("绑定带有副作用的方法很危险。以下的代码会在页面中不停输出 `log`，因为它有副作用。")).toBe(
      "绑定带有副作用的方法很危险。",
    );
    expect(withoutDanglingEnd("Side effects in bindings are risky. The following code logs forever.")).toBe(
      "Side effects in bindings are risky.",
    );
  });
});

describe("answerForCards", () => {
  it("writes text marked with inline HTML in Markdown: code-like tags as code, emphasis as emphasis", () => {
    expect(answerForCards("Click <samp>Manage</samp>, then press <kbd>Ctrl</kbd>+<kbd>S</kbd> and <b>save</b>.")).toBe(
      "Click `Manage`, then press `Ctrl`+`S` and **save**.",
    );
    expect(answerForCards("Use <code>a < b</code> with <em>care</em>.")).toBe("Use <code>a < b</code> with *care*.");
  });

  it("drops lines that are only HTML or images and reads steps numbered with a comma as a list", () => {
    const answer =
      '<p align="center">\n   <img src="https://example.org/a.png" width="60%" />\n </p>\nA：1，编辑 nginx 配置文件，更改上传大小。\n\n   \t2，更新浏览器到最新版本。';
    expect(answerForCards(answer)).toBe("1. 编辑 nginx 配置文件，更改上传大小。\n\n2. 更新浏览器到最新版本。");
  });

  it("drops a label whose screenshot is gone", () => {
    const answer =
      "建议使用管理员工具的删除页面。\n\n页面入口：\n\n![entry](https://example.org/entry.png)\n\n**页面详情**：\n\n![detail](https://example.org/detail.png)";
    expect(answerForCards(answer)).toBe("建议使用管理员工具的删除页面。");
  });

  it("reads an HTML link as a Markdown one, so that a relative one goes as those do", () => {
    const answer =
      'The <a href="https://example.org/keys">Keys API</a> signs; see the tests in <a href="../docs/keys">GitHub</a>.';
    expect(answerForCards(answer)).toBe(
      "The [Keys API](https://example.org/keys) signs; see the tests in [GitHub](../docs/keys).",
    );
  });

  it("drops a lone step number and keeps an inline image's words", () => {
    expect(answerForCards("1，用户修改了配置文件中的![contextPath](https://example.org/b.png)配置项。")).toBe(
      "用户修改了配置文件中的contextPath配置项。",
    );
  });
});

describe("what a removed figure or link leaves behind", () => {
  it("drops the lead-in to a figure with the figure ('示意图如下：', 'as shown below:')", () => {
    expect(
      answerForCards(
        "缺乏该 sigmoid op 会导致类别置信度大于 1，示意图如下：\n\n![out](asset/out.png)\n\n请按文档导出模型。",
      ),
    ).toBe("缺乏该 sigmoid op 会导致类别置信度大于 1。\n\n请按文档导出模型。");
    expect(answerForCards("The icon turns grey, as shown below:\n\n![grey](a.png)")).toBe("The icon turns grey.");
  });

  it("drops a name-like alt text opening a line, and keeps one inside a sentence", () => {
    expect(answerForCards("![tray_clickthrough](https://e.org/a.png) 这个状态表示贴图进入了穿透状态。")).toBe(
      "这个状态表示贴图进入了穿透状态。",
    );
    expect(answerForCards("修改配置文件中的![contextPath](https://e.org/a.png)配置项。")).toBe(
      "修改配置文件中的contextPath配置项。",
    );
  });

  it("drops a '(See [X](…))' aside, relative or not", () => {
    expect(
      withoutRelativeLinks("A property must be an index (See [Unique Index](./data.md#unique)) to query on it."),
    ).toBe("A property must be an index to query on it.");
    expect(withoutRelativeLinks("需要先建索引（参见[索引](https://e.org/index)）才能查询。")).toBe(
      "需要先建索引才能查询。",
    );
  });
});

describe("openings and code marks a back does not need", () => {
  it("drops '如上图所示，' and a '但是' left from a dropped sentence", () => {
    expect(withoutOrdinalOpening("如上图所示，出现这种问题有两种可能。")).toBe("出现这种问题有两种可能。");
    expect(withoutOrdinalOpening("但是在 Python2 中，使用下面的语句设置编码。")).toBe(
      "在 Python2 中，使用下面的语句设置编码。",
    );
  });

  it("marks no word as code where only a full stop is the same as the code span's context", () => {
    const answer =
      "Type in `color` in cmd.exe to restore your original foreground color.\n\nYou can then call it with simply `color`.";
    expect(withCodeMarked("Type in color in cmd.exe to restore your original foreground color.", answer)).toBe(
      "Type in `color` in cmd.exe to restore your original foreground color.",
    );
  });
});

describe("text the author withdrew, and announcements the card does not keep", () => {
  it("drops text struck through, unless the whole answer is", () => {
    expect(withoutStruckText("~~旧版本适用：设置文件是 config.yaml~~\n\n现版本可直接通过界面修改设置。")).toBe(
      "现版本可直接通过界面修改设置。",
    );
    expect(withoutStruckText("~~Deprecated: use the old flag.~~")).toBe("~~Deprecated: use the old flag.~~");
    expect(withoutStruckText("~~~\ncode\n~~~")).toBe("~~~\ncode\n~~~");
  });

  it("drops a last sentence announcing notes the back does not show", () => {
    expect(
      withoutDanglingEnd("Your files are plain files. You can copy them out. Here are a couple notes about that."),
    ).toBe("Your files are plain files. You can copy them out.");
    expect(
      withoutDanglingEnd(
        "It works in any size repo, but is slow in large ones. There are some things you can do to help.",
      ),
    ).toBe("It works in any size repo, but is slow in large ones.");
  });
});

describe("withoutCodeComments", () => {
  it("keeps the commands of a back over the limit, not their comments, and leaves a short back alone", () => {
    const back =
      "Follow these steps:\n\n```\n# Clone the repository\ngit clone x\n\n# Install it\npip install -e .\n```";
    expect(withoutCodeComments(back, 40)).toBe("Follow these steps:\n\n```\ngit clone x\npip install -e .\n```");
    expect(withoutCodeComments(back, 300)).toBe(back);
  });
});
