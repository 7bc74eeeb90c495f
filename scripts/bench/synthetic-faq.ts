// Generates a synthetic FAQ deck (Chinese with English terms) for benchmarks, deterministically.
import { seededRandom } from "../../lib/content/seeded-random";

const SUBJECTS = [
  "eBPF程序",
  "XDP",
  "BCC",
  "内核模块",
  "用户态进程",
  "套接字缓冲区",
  "perf事件",
  "跟踪点",
  "映射表",
  "验证器",
  "JIT编译器",
  "网络驱动",
  "调度器",
  "文件系统",
  "容器运行时",
];
const VERBS = ["处理", "过滤", "转发", "统计", "缓存", "拷贝", "校验", "加载", "卸载", "监控"];
const OBJECTS = ["数据包", "系统调用", "内存页", "事件", "日志", "指标", "连接", "请求", "中断", "文件"];
const ACRONYMS = [
  ["TCP", "Transmission Control Protocol"],
  ["DMA", "Direct Memory Access"],
  ["JIT", "Just In Time"],
  ["NIC", "Network Interface Card"],
  ["RSS", "Receive Side Scaling"],
];

export function syntheticFaq(entries: number, seed = "bench"): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = () =>
    `${pick(SUBJECTS)}可以在内核态中${pick(VERBS)}${pick(OBJECTS)}，从而减少${pick(OBJECTS)}的${pick(VERBS)}开销。`;
  const parts = ["# 合成 FAQ\n"];
  for (let i = 0; i < entries; i++) {
    if (i % 50 === 0) parts.push(`## 第 ${i / 50 + 1} 部分\n`);
    parts.push(`### Q${i}：${pick(SUBJECTS)}如何${pick(VERBS)}${pick(OBJECTS)}（场景 ${i}）？\n`);
    const [acronym, expansion] = pick(ACRONYMS);
    parts.push(
      `${sentence()}${acronym}（${expansion}）在这里用于${pick(VERBS)}${pick(OBJECTS)}，缓冲区大小为 ${64 * (1 + Math.floor(random() * 16))}字节。\n`,
    );
    if (i % 3 === 0) {
      parts.push(["1", "2", "3"].map((n) => `${n}. ${pick(OBJECTS)}${pick(VERBS)}：${sentence()}`).join("\n") + "\n");
    } else {
      parts.push(`${sentence()}${sentence()}\n`);
    }
  }
  return parts.join("\n");
}
