import ReactMarkdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { findLimitBreach } from "@/lib/content/input-limits";

const components: Components = {
  // A relative link pointed into the FAQ's own repository ("../configs/model.py"): here it would lead nowhere.
  a: ({ href, children }) =>
    href && /^(?:https?:|mailto:|#)/i.test(href) ? (
      <a href={href} rel="noopener noreferrer nofollow" className="text-teal-800 underline dark:text-teal-300">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ alt }) => <span className="italic text-stone-500">[{alt || "image"}]</span>,
};

/**
 * The one way FAQ Markdown reaches a page. Raw HTML is dropped (no <script>, no event handlers)
 * and react-markdown's URL filter removes javascript: and other unsafe link targets.
 * Images are not loaded: the app makes no requests to hosts named in content.
 * Text beyond the compiler's input limits (stored before they existed) is shown as plain text: the
 * parser recurses per nesting level, so a deep one would take seconds or overflow the stack.
 */
export function Markdown({ children, className = "" }: { children: string; className?: string }) {
  if (findLimitBreach(children))
    return <div className={`markdown whitespace-pre-wrap break-words ${className}`}>{children}</div>;
  return (
    <div className={`markdown ${className}`}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
