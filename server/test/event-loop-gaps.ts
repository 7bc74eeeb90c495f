// How long this thread's own work keeps other requests waiting, for the tests that check it does not.
import { performance as nodePerformance } from "node:perf_hooks";

/**
 * The longest stretch, since the last reset, in which the event loop ran no 5 ms timer, in wall time,
 * and how much of it this thread was busy. On a machine shared with other jobs the wall time also
 * counts stretches in which the process was not scheduled at all, and the process's CPU time also
 * counts the compiler's worker thread; the event loop's active time counts this thread only, but also
 * when it was not scheduled. The smallest of the three is what this thread's own work blocked.
 */
export function eventLoopGaps() {
  const sample = () => {
    const { user, system } = process.cpuUsage();
    return {
      wall: performance.now(),
      cpu: (user + system) / 1000,
      active: nodePerformance.eventLoopUtilization().active,
    };
  };
  const stretch = (from: ReturnType<typeof sample>, to: ReturnType<typeof sample>) => {
    const wall = to.wall - from.wall;
    return { wall, blocked: Math.min(wall, to.cpu - from.cpu, to.active - from.active) };
  };
  const longer = (a: { wall: number; blocked: number }, b: { wall: number; blocked: number }) => ({
    wall: Math.max(a.wall, b.wall),
    blocked: Math.max(a.blocked, b.blocked),
  });
  let last = sample();
  let longest = { wall: 0, blocked: 0 };
  const ticker = setInterval(() => {
    const at = sample();
    longest = longer(longest, stretch(last, at));
    last = at;
  }, 5);
  return {
    reset: () => {
      last = sample();
      longest = { wall: 0, blocked: 0 };
    },
    /** Counting the stretch still running: a step shorter than a tick is one stretch. */
    longest: () => longer(longest, stretch(last, sample())),
    stop: () => clearInterval(ticker),
  };
}
