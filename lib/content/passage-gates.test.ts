import { describe, expect, it } from "vitest";
import {
  isOnlyAVersion,
  endsBeforeItsCode,
  isLabelledCommand,
  isListedOrder,
  isOnlyALinkOrCode,
  isFragmentOrReferences,
  announcesList,
  isAside,
  isBareCondition,
  isComparisonHead,
  isLabelledValue,
  isVersionOrChangeHead,
  opensWithVersionLabel,
  waitsForObject,
  pointsAtNeighbour,
} from "./passage-gates";

describe("passage gates", () => {
  it("takes a link's text or a code span the answer lists for a name, not a passage", () => {
    const answer =
      "- [Community Forums](https://example.org/forums)\n- `Cannot read properties of undefined`\n- You can ask your own question in the forums.";
    expect(isOnlyALinkOrCode("Community Forums", answer)).toBe(true);
    expect(isOnlyALinkOrCode("Cannot read properties of undefined", answer)).toBe(true);
    expect(isOnlyALinkOrCode("You can ask your own question in the forums", answer)).toBe(false);
  });

  it("takes a head with a short value for a label, not a sentence", () => {
    expect(isLabelledValue("推荐工具：font_maker", 24)).toBe(true);
    expect(isLabelledValue("登录检查: 连接时校验账号密码", 24)).toBe(true);
    expect(isLabelledValue("Tip: use the cache", 24)).toBe(true);
  });

  it("keeps a head whose value says enough, a count before the colon, and a time", () => {
    expect(isLabelledValue("kprobe：在几乎任意内核函数的入口处插入探针，事件发生时运行挂载的程序", 24)).toBe(false);
    expect(isLabelledValue("缓存共有3种：内存缓存和磁盘缓存", 24)).toBe(false);
    expect(isLabelledValue("备份在每天 02:30 自动开始", 24)).toBe(false);
  });

  it("finds a modal left waiting once a pointer after it was cut", () => {
    expect(waitsForObject("支持的，插件提供完整的导出工具，可以")).toBe(true);
    expect(waitsForObject("对，建议")).toBe(true);
    expect(waitsForObject("一张图里同时有印刷体和手写体两种文字，这类情况下")).toBe(true);
    expect(waitsForObject("插件可以实现定制化的网络功能")).toBe(false);
    expect(waitsForObject("首次启动较慢是正常的")).toBe(false);
    expect(waitsForObject("If the script is not on your PATH, do")).toBe(true);
    expect(waitsForObject("Using the tool alone, you can't")).toBe(true);
    expect(waitsForObject("To see more condensed documentation (one line per flag)")).toBe(true);
    expect(waitsForObject("To see the full documentation, run the tool with --help")).toBe(false);
    expect(waitsForObject("The server listens on port 8080 unless told otherwise")).toBe(false);
  });

  it("finds a passage the answer adds as an aside", () => {
    const answer = "先安装运行库再重启程序。此外，开发时推荐使用 Linux 而不是 macOS 系统。";
    expect(isAside("开发时推荐使用 Linux 而不是 macOS 系统", answer)).toBe(true);
    expect(isAside("先安装运行库再重启程序", answer)).toBe(false);
    expect(isAside("run it on a quiet machine", "Close other apps. Besides, run it on a quiet machine.")).toBe(true);
    expect(isAside("两个平台下文统称为本地", "配置如下。\n\n注：两个平台下文统称为本地\n\n```yaml\n```")).toBe(true);
    expect(isAside("keep the cache small", "Run it daily.\n\n**Note:** keep the cache small.")).toBe(true);
    expect(isAside("要关注日志里的告警", "请检查配置。需要关注：要关注日志里的告警")).toBe(false);
  });

  it("finds a passage that announces its own list", () => {
    expect(announcesList("它们各自的长处如下：小模型更快")).toBe(true);
    expect(announcesList("Use one of the following: a, b")).toBe(true);
    expect(announcesList("小模型比大模型更快，但精度略低")).toBe(false);
  });

  it("takes a head comparing two things for no term", () => {
    expect(isComparisonHead("READ vs WRITE")).toBe(true);
    expect(isComparisonHead("与旧版的区别")).toBe(true);
    expect(isComparisonHead("Without ICP")).toBe(false);
    expect(isComparisonHead("Change Buffer")).toBe(false);
  });

  it("takes a head naming a version or a change for no term", () => {
    expect(isVersionOrChangeHead("Redis 7.2")).toBe(true);
    expect(isVersionOrChangeHead("Node 18+")).toBe(true);
    expect(isVersionOrChangeHead("调度器改进")).toBe(true);
    expect(isVersionOrChangeHead("HTTP/2")).toBe(false);
    expect(isVersionOrChangeHead("Write Buffer")).toBe(false);
  });

  it("finds a passage under a version's label", () => {
    expect(opensWithVersionLabel("Redis 7.2: 默认开启多线程 IO，线程数建议与核数相同")).toBe(true);
    expect(opensWithVersionLabel("kprobe：在几乎任意内核函数的入口处插入探针")).toBe(false);
    expect(opensWithVersionLabel("默认开启多线程 IO，线程数建议与核数相同")).toBe(false);
  });

  it("finds a condition whose outcome was cut off", () => {
    expect(isBareCondition("If the cache is older than a week and the mirror is still down")).toBe(true);
    expect(isBareCondition("如果磁盘空间不足而且日志还在增长")).toBe(true);
    expect(isBareCondition("If the cache is stale, run the update command first")).toBe(false);
    expect(isBareCondition("如果磁盘空间不足，先清理旧日志")).toBe(false);
    expect(isBareCondition("Run the update command when the cache is stale")).toBe(false);
  });
});

describe("isFragmentOrReferences", () => {
  it("rejects a passage opening mid-sentence, or only paths and issue numbers", () => {
    expect(isFragmentOrReferences("，通过得到的 VGroup id 去 /var/lib/taos/vnode 下查看包含的文件夹")).toBe(true);
    expect(isFragmentOrReferences("1，edit /etc/nginx/conf.d/escheduler.conf")).toBe(true);
    expect(isFragmentOrReferences("相同 issue：#15572、#16436、#11938、#11735")).toBe(true);
    expect(isFragmentOrReferences("（ 除非重新安装 SimpTab 并清除它保存的数据 ）")).toBe(true);
    expect(isFragmentOrReferences("(unless you reinstall the extension and clear its data)")).toBe(true);
  });

  it("keeps a sentence that names its paths among words", () => {
    expect(
      isFragmentOrReferences("默认情况下，TDengine 的数据文件存储在 /var/lib/taos ，日志文件存储在 /var/log/taos"),
    ).toBe(false);
    expect(
      isFragmentOrReferences("Edit the server configuration in /etc/nginx/nginx.conf and raise the body size limit"),
    ).toBe(false);
  });
});

describe("endsBeforeItsCode", () => {
  it("rejects a passage cut where the code it led into began, and keeps a whole sentence", () => {
    expect(endsBeforeItsCode("请在配置文件中对 llm_model_dict 参数进行修改，如把 llm_model_dict从")).toBe(true);
    expect(endsBeforeItsCode("请在配置文件中把 llm_model_dict 改为本地路径")).toBe(false);
  });
});

describe("isLabelledCommand", () => {
  it("rejects a step's label with its command, and keeps a sentence naming one", () => {
    expect(isLabelledCommand("Restarting the container: docker compose restart")).toBe(true);
    expect(isLabelledCommand("Restarting the container: stop it and start it again to reload the keys")).toBe(false);
  });
});

describe("isListedOrder", () => {
  it("finds a step of a procedure or an item of a checklist said as an order", () => {
    const steps =
      "To move your data:\n\n1. Make a backup of your data in case something goes wrong.\n2. Close the app.";
    expect(isListedOrder("Make a backup of your data in case something goes wrong", steps)).toBe(true);
    const checks = "Some hosts refuse the connection:\n\n- Check your username and password\n- Try the other URL form";
    expect(isListedOrder("Check your username and password", checks)).toBe(true);
    const prose =
      "Open `Control Panel` and find the adapter, right click and select `Properties`. Click on `Configure` and open the `Advanced` tab. Search for `Large Send Offload` and disable it.";
    expect(isListedOrder("Click on Configure and open the Advanced tab", prose)).toBe(true);
  });

  it("keeps an order that stands on its own, and a listed statement", () => {
    expect(isListedOrder("Use brew log to find out", "Use `brew log` to find out! It lists every change.")).toBe(false);
    const listed = "Reasons:\n\n- Development happens primarily on SQLite\n- It needs no server";
    expect(isListedOrder("Development happens primarily on SQLite", listed)).toBe(false);
  });

  it("finds a passage leaning on what the answer shows next to it, not a version range", () => {
    expect(pointsAtNeighbour("当出现以下错误信息时，请检查你的 nodejs 版本号是否符合要求")).toBe(true);
    expect(pointsAtNeighbour("目前发现这个原因可能有以下，可以从以下原因来排查")).toBe(true);
    expect(pointsAtNeighbour("List your keyboards using the following shell script")).toBe(true);
    expect(pointsAtNeighbour("Add the lines shown below to your config")).toBe(true);
    expect(pointsAtNeighbour("apollo-client 1.3.0以下版本需要在 hosts 里加一条映射")).toBe(false);
    expect(pointsAtNeighbour("Starship works in any shell that can run a prompt command")).toBe(false);
  });
});

describe("isOnlyAVersion", () => {
  it("rejects a passage that only names a version to have, and keeps one that says what a version did", () => {
    expect(isOnlyAVersion("需要使用 4.1.0 或更高版本")).toBe(true);
    expect(isOnlyAVersion("Requires version 2.3 or later.")).toBe(true);
    expect(isOnlyAVersion("4.1.0 版本起支持范围查询")).toBe(false);
    expect(isOnlyAVersion("Version 2.3 removed the legacy parser.")).toBe(false);
  });
});
