/**
 * `true` when A and B are the same type, `never` otherwise: a value typed with it fails to compile when a
 * contract schema and the core type it describes drift apart (the core may not import the contract).
 *
 * @example
 * export const matches: SameType<z.infer<typeof priorityReportSchema>, PriorityReport> = true;
 */
export type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
