/** File name of the shipped model under models/syntax/ (gzip of the NGSX bytes). */
export const SHIPPED_MODEL = 'en-ud.ngsx.gz';
