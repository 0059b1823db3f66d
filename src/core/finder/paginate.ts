export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 500;

export interface PageWindow {
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
  pageSize: number;
  /** Index of the first item on the page (0-based) and one past the last. */
  start: number;
  end: number;
}

/** Reads a page size; anything but a whole number from 1 to 500 gives the default. */
export function toPageSize(value: unknown): number {
  const size = Number(value);
  return Number.isInteger(size) && size >= 1 && size <= MAX_PAGE_SIZE ? size : DEFAULT_PAGE_SIZE;
}

/** Which slice of `total` items page `page` shows. An empty list still has one (empty) page. */
export function paginate(total: number, page: number, pageSize: number): PageWindow {
  const size = toPageSize(pageSize);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const wanted = Number.isInteger(page) ? page : 1;
  const current = Math.min(Math.max(wanted, 1), pageCount);
  const start = (current - 1) * size;
  return { page: current, pageCount, pageSize: size, start, end: Math.min(start + size, total) };
}

/**
 * The page numbers to offer, GOV.UK style: first, last, and the current page with its neighbours,
 * with `'gap'` where numbers are left out. `[1, 'gap', 4, 5, 6, 'gap', 12]`.
 */
export function pageLinks(page: number, pageCount: number): (number | 'gap')[] {
  const shown = new Set([1, pageCount, page - 1, page, page + 1].filter((number) => number >= 1 && number <= pageCount));
  const sorted = [...shown].sort((a, b) => a - b);
  const links: (number | 'gap')[] = [];
  sorted.forEach((number, position) => {
    const previous = sorted[position - 1];
    if (previous !== undefined && number - previous === 2) links.push(previous + 1);
    else if (previous !== undefined && number - previous > 2) links.push('gap');
    links.push(number);
  });
  return links;
}
