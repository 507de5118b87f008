const base = import.meta.env.BASE_URL;

export const paths = { home: base, staff: `${base}staff`, audit: `${base}audit` };
