// Types of `customer-validate/locales`: issue messages in the customer's language.

/** A text, or text and placeholders: `{ v }` a param, `{ s, k, d }` a select on a param. */
export type Pattern =
  | string
  | Array<string | { v: string } | { s: string; k: Record<string, Pattern>; d: string }>;

/** One locale's catalog: the default export of `customer-validate/locales/<tag>`. */
export interface Catalog {
  readonly tag: string;
  /** Joins the items of an array param (`, ` in most locales, `、` in ja and zh-CN). */
  readonly separator: string;
  readonly messages: Readonly<Record<string, Pattern>>;
}

/** Anything with a `code`, `params` and `message`, as the package's issues are. */
export interface LocalizableIssue {
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** Every locale with a catalog, English first. */
export declare const LOCALES: readonly string[];

/**
 * The catalog locale for a BCP 47 tag, an `Accept-Language` list or an array of tags
 * (`navigator.languages`): `fr-CA` → `fr`, `pt` → `pt-BR`, `zh-Hans-CN` → `zh-CN`, else `en`.
 */
export declare function negotiate(tags: string | readonly string[]): string;

/** The message for `code` with `params`, or undefined (no message, or a param missing). */
export declare function format(catalog: Catalog, code: string, params?: Record<string, unknown>): string | undefined;

/** The template users see for `code`, `{param}` for each placeholder. */
export declare function template(catalog: Catalog, code: string): string | undefined;

/**
 * Each issue's message in `locale` (a catalog, or a tag negotiated among `catalogs`); issues
 * the catalog has no message for keep theirs. Takes an array of issues or a result with
 * `issues`/`warnings`; returns copies.
 */
export declare function localize<T>(issues: T, locale: Catalog | string | readonly string[], catalogs?: Catalog | readonly Catalog[]): T;
