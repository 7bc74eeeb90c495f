import { describe, expect, it } from "vitest";
import { headsThatFit, keyPoint, standaloneSentences } from "./answer-parts";

describe("standalone sentences", () => {
  it("takes no lead-in for a sentence, even with an aside after its colon", () => {
    expect(standaloneSentences("Some example configurations are: (comments after #)")).toEqual([]);
    expect(standaloneSentences("常用的配置如下：（井号后是注释）")).toEqual([]);
  });

  it("drops the label of a summary ('Short answer:', '简而言之：')", () => {
    expect(standaloneSentences("Short answer: We want printers to report problems so they can be fixed.")).toEqual([
      "We want printers to report problems so they can be fixed",
    ]);
    expect(standaloneSentences("简而言之：先升级驱动再重新安装。")).toEqual(["先升级驱动再重新安装"]);
  });

  it("drops an answer word with its punctuation but keeps words that only start the same way", () => {
    expect(standaloneSentences("对，模型需要三通道输入。")).toEqual(["模型需要三通道输入"]);
    expect(standaloneSentences("对于有明显上下文语义的场景效果会比较明显。")).toEqual([
      "对于有明显上下文语义的场景效果会比较明显",
    ]);
    expect(standaloneSentences("不同的模型使用不同的字典。")).toEqual(["不同的模型使用不同的字典"]);
    expect(standaloneSentences("Nothing is removed from the cache automatically.")).toEqual([
      "Nothing is removed from the cache automatically",
    ]);
  });

  it("never offers a quoted error, a fragment that began before it, or a sentence carrying a URL", () => {
    const answer =
      "FileNotFoundError: Could not find module llvmlite.dll. Try using the full path with constructor syntax.\n\n" +
      "(or if only unrelated devices are detected), there might be driver issues.\n\n" +
      "The data you collect through https://example.org/ will be used to improve it.\n\n" +
      "Install the Visual C++ runtime and restart the app.";
    expect(standaloneSentences(answer)).toEqual(["Install the Visual C++ runtime and restart the app"]);
  });

  it("never offers a sentence that speaks of text not shown with it, or continues another one", () => {
    const answer =
      "当然，以上说明建立的前提是安装包来自官网。在第一阶段，下面的内容不做强制要求。或者也可以提交一个新的 commit。" +
      "使用 2.0.9 以上的版本时，自带的方法无法更新缓存。";
    expect(standaloneSentences(answer)).toEqual(["使用 2.0.9 以上的版本时，自带的方法无法更新缓存"]);
    expect(
      standaloneSentences("Another essential read is the guide. Do the steps above first. Keep the config file short."),
    ).toEqual(["Keep the config file short"]);
  });

  it("takes no image caption and no bare pointer to an issue as a sentence", () => {
    expect(
      standaloneSentences(
        "The signing key is checked before each download.\n\n![Confirming the signing key](img/key.png)\n\n您可以参考这个 issue #12。",
      ),
    ).toEqual(["The signing key is checked before each download"]);
  });
});

describe("lines and pointers in the running text", () => {
  it("takes a line opening on a label for a sentence of its own, not the tail of the line above", () => {
    const answer =
      "It depends on what you like. Compare them:\nOverworld: Pretty landscapes, but terrain gets in the way\nVoid: Always day, and nothing to build on\nThe moons: Flat terrain, but you need oxygen";
    expect(standaloneSentences(answer)).toContain("Overworld: Pretty landscapes, but terrain gets in the way");
    expect(standaloneSentences(answer)).toContain("The moons: Flat terrain, but you need oxygen");
    // A sentence wrapped before a word and a colon is still one sentence.
    expect(
      standaloneSentences(
        "The main delay comes from starting two\nJVMs: one for your project and one for the tool itself.",
      ),
    ).toEqual(["The main delay comes from starting two JVMs: one for your project and one for the tool itself"]);
  });

  it("keeps what an item says to do, not the pointer in its middle", () => {
    const answer =
      "以下因素可能导致推理性能有差异:\n\n- 用 Python 接口推理会慢一些，请基于 C 接口测试性能。参考数据都是用 C 接口在空闲的板子上测出来的，用 Python 接口测出的数字不能直接拿来对比。\n- 其他应用占用了 CPU 和带宽资源，这会导致推理性能减弱。测试前请关掉不用的应用和服务，并且确认板子已经定频到最高频率，否则结果会有较大的波动。\n- 对于有大小核的芯片，测试时请参考[文档](https://example.org/guide.pdf)的 5.3.3 小节，绑定大核进行测试。";
    expect(keyPoint(answer, 300)).toContain("- 对于有大小核的芯片，绑定大核进行测试");
  });

  it("ends the key point before a sentence that only says where to read more", () => {
    const answer =
      "Almost all of them are HTTP status codes, such as 404 for a dead link and 403 for a forbidden one\n\nYou check [this page to learn about what each code means](https://example.org/status).\n\n" +
      "An unknown error usually means the program could not tell what kind of file it was given, which happens with links to pages that are not files at all.";
    expect(keyPoint(answer, 300)).toBe(
      "Almost all of them are HTTP status codes, such as 404 for a dead link and 403 for a forbidden one",
    );
  });
});

describe("headsThatFit", () => {
  it("ends a head cut inside its brackets before the bracket it opened", () => {
    const heads = ["新建配置文件", "修改文件权限", "加载配置文件 (或重启系统后生效"];
    expect(headsThatFit("解决方案如下：", heads, 300)).toBe(
      "解决方案如下：\n\n- 新建配置文件\n- 修改文件权限\n- 加载配置文件",
    );
  });

  it("lists the heads of a list under its lead-in, and none that do not tell the items apart", () => {
    expect(headsThatFit("Two ways:", ["Use the cache", "Raise the limit"], 300)).toBe(
      "Two ways:\n\n- Use the cache\n- Raise the limit",
    );
    const sameOpening = [
      "I, as the author, would like to take part in a small bit of activism by promoting the license's goal of disclaiming copyright.",
      "I, as the author, would like as many people to use it as possible.",
    ];
    expect(headsThatFit("The reason is two-fold:", sameOpening, 300)).toBeNull();
  });

  it("takes no heads from paragraph items whose first sentence opens with its setting", () => {
    const answer = [
      "- On every board we sell, the stripe on the diode (its cathode) goes on the square pad. The square pad usually sits at the bottom of the footprint. On boards for low-profile switches it may sit at the top.",
      "- **Easy way to remember:** Stripe = Square",
    ].join("\n");
    expect(keyPoint(answer, 300)).toMatch(
      /^On every board we sell, the stripe on the diode \(its cathode\) goes on the square pad\./,
    );
  });
});

describe("heads under a lead-in that says nothing", () => {
  it("drops 'To do this:' and keeps the heads", () => {
    expect(headsThatFit("To do this:", ["Run `/run git diff`", "Raise the number after the tilde"], 300)).toBe(
      "- Run `/run git diff`\n- Raise the number after the tilde",
    );
    expect(headsThatFit("Check these:", ["The URL", "The token"], 300)).toBe("Check these:\n\n- The URL\n- The token");
  });
});

describe("checklists kept whole", () => {
  const checks = [
    "Verify the sync settings under Preferences → Accounts → Remote",
    "Check the server address and the stored password",
    "Try the connection from a terminal outside the app",
    "Read the server log for the exact error",
    "Make sure the server speaks protocol version 3 or later",
  ];

  it("gives every check of a fix list, without the lead-in that only restates the problem, rather than cutting it", () => {
    const back = headsThatFit("If syncing with your server stops working:", checks, 300)!;
    expect(back.startsWith("- Verify the sync settings")).toBe(true);
    expect(back.split("\n")).toHaveLength(5);
    expect(back).not.toContain("…");
    expect(headsThatFit("Sync problems can be resolved by:", checks, 300)).toBe(back);
  });

  it("keeps a lead-in that says something, cutting the list when it does not fit", () => {
    const back = headsThatFit("Remote copies are used by default except under the following conditions:", checks, 300)!;
    expect(back.startsWith("Remote copies are used by default")).toBe(true);
    expect(back.endsWith("- …")).toBe(true);
  });
});

describe("an item that announces its own sub-list", () => {
  it("names what it announces instead of ending on '如下'", () => {
    const answer = [
      "1. 代理可以看做是一个数据库服务，所以首选用 SQL 命令连接和操作。",
      "2. 如果使用其他第三方数据库工具，可能由于不同工具的特定实现导致出现异常。",
      "3. 目前已测试的第三方数据库工具如下：",
      "   - DataGrip：2020.1、2021.1（使用时打开 `introspect using JDBC metadata` 选项）。",
      "   - MySQLWorkBench：8.0.25。",
    ].join("\n");
    expect(keyPoint(answer, 300).split("\n").at(-1)).toBe(
      "- 目前已测试的第三方数据库工具如下：DataGrip、MySQLWorkBench",
    );
  });
});

describe("a conclusion announced before its list", () => {
  it("takes the list a '因此结论如下：' announces as the point, whatever led to it", () => {
    const answer =
      "影响兼容性的是设备内核的版本，它与设备出厂时的系统版本没有直接的关系，升级系统也不会改变内核的版本。唯一有关联的是：**出厂** 12 版的设备，一定是 5.10 或更高的内核，也就是通用内核镜像；因此结论如下：\n\n1. 出厂 12 版的设备必定是支持的\n2. 旧版本内核的设备是兼容的（你需要自己编译内核）";
    expect(keyPoint(answer, 300)).toBe(
      "- 出厂 12 版的设备必定是支持的\n- 旧版本内核的设备是兼容的（你需要自己编译内核）",
    );
  });
});
