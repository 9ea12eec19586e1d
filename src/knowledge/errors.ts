/** One thing wrong in the content files: which file, where in it, and what. */
export interface KnowledgeProblem {
  file: string;
  path: string;
  message: string;
}

/** Thrown at startup when the content files are missing, malformed or inconsistent. Lists every problem. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';

  constructor(readonly problems: readonly KnowledgeProblem[]) {
    super(
      `Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n'),
    );
  }
}
