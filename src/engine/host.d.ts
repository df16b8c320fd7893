// What the engine may use beyond the language itself: present in every host it runs in (the
// extension's worker and pages, Node ≥ 17 for the CLI and tests). tsconfig.engine.json compiles
// the engine with no DOM, chrome or Node types, so anything else it reaches for fails to compile.

declare function structuredClone<T>(value: T): T;
