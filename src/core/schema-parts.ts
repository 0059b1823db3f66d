/**
 * Schema building blocks shared by the definition and its eligibility section, so every part of
 * the file words what it expects the same way.
 */
import * as v from 'valibot';
import { explainUnsafeUrl, safeUrl, type UrlScheme } from './safe-url.js';

/** Non-empty text of at most `max` characters. */
export const text = (max: number, what = 'text') =>
  v.pipe(
    v.string(`${what} (a string)`),
    v.minLength(1, `${what} that is not empty`),
    v.maxLength(max, `${what} of at most ${max} characters`),
  );

export const list = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(v.array(item, `a list of ${what}`), v.maxLength(max, `at most ${max} ${what}`));

export const uniqueList = <T extends v.GenericSchema>(item: T, max: number, what: string) =>
  v.pipe(
    v.array(item, `a list of ${what}`),
    v.maxLength(max, `at most ${max} ${what}`),
    v.check((values) => new Set(values).size === values.length, `${what} without repeats`),
  );

/** A URL the one safe-URL module lets through for these schemes (`https:` unless told). */
export const url = (allowed?: readonly UrlScheme[]) =>
  v.pipe(
    v.string(explainUnsafeUrl(undefined, allowed)),
    v.check((value) => safeUrl(value, allowed) !== undefined, (issue) => explainUnsafeUrl(issue.input, allowed)),
  );

export const picklist = <T extends readonly string[]>(values: T, what: string) =>
  v.picklist(values, `${what}: one of ${values.map((value) => `"${value}"`).join(', ')}`);
