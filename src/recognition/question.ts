/** A question mark, or the particle that ends a Japanese, Chinese or Korean question, often written without one. */
export const QUESTION = /[?？]|(?:か|吗|嗎|呢|나요|까요|니까)(?=[。.!！\s]|$)/u;
