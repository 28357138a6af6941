/**
 * Typed, named errors. Each message starts with the module that raised it, so a one-line
 * CLI report says where the problem is (graphology's convention).
 */
export class NewsgraphError extends Error {
  override name = 'NewsgraphError';
  constructor(
    readonly module: string,
    message: string,
  ) {
    super(`${module}: ${message}`);
  }
}

/** Bad or unreadable input: a path, a file, front matter, a JSON Lines record. */
export class InputError extends NewsgraphError {
  override name = 'InputError';
  constructor(
    readonly where: string,
    message: string,
  ) {
    super('input', `${where}: ${message}`);
  }
}

/** Knowledge files under data/ that do not have the expected shape. */
export class KnowledgeError extends NewsgraphError {
  override name = 'KnowledgeError';
  constructor(message: string) {
    super('knowledge', message);
  }
}

/** Output that does not conform to the SHACL shapes. */
export class ValidationError extends NewsgraphError {
  override name = 'ValidationError';
  constructor(message: string) {
    super('validate', message);
  }
}

/** Bad command-line usage or options. */
export class UsageError extends NewsgraphError {
  override name = 'UsageError';
  constructor(message: string) {
    super('cli', message);
  }
}
