/** The part of web-ext's programmatic API the package checks use (it ships no types). */
declare module 'web-ext' {
  interface LintResult {
    count: number;
    errors: unknown[];
    warnings: unknown[];
    notices: unknown[];
  }
  const webExt: {
    cmd: {
      lint(
        options: { sourceDir: string; output: 'none' | 'json' | 'text'; boring?: boolean; selfHosted?: boolean },
        runOptions: { shouldExitProgram: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
