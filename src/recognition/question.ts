/**
 * A question mark, or the particle that ends a Japanese, Chinese or Korean question, often written without one.
 * Korean -니까 is also the connective "since/when" (하니까 되네요: "doing it so, it works"), so it counts only
 * where the sentence ends.
 */
export const QUESTION = /[?？]|(?:か|吗|嗎|呢|나요|까요)(?=[。.!！\s]|$)|니까(?=[。.!！]|\s*$)/u;
