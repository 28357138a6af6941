import { NS } from '../../rdf/vocabulary.js';

const FIXED: Record<string, string> = {
  [`${NS.schema}Person`]: '#e4572e',
  [`${NS.schema}Country`]: '#2e86de',
  [`${NS.schema}City`]: '#17a2b8',
  [`${NS.schema}Place`]: '#5fb49c',
  [`${NS.schema}Organization`]: '#9b59b6',
  [`${NS.schema}GovernmentOrganization`]: '#6c5ce7',
  [`${NS.ng}ArmedForces`]: '#8d6e63',
  [`${NS.ng}Group`]: '#f1a208',
};
const ENTITY_PALETTE = ['#3b8ea5', '#c05299', '#7cb518', '#d1495b', '#00798c', '#edae49', '#6a4c93', '#1982c4', '#8ac926', '#ff595e'];
const EVENT_PALETTE = ['#9aa5b1', '#b08968', '#a3b18a', '#c9ada7', '#8e9aaf', '#bc8a5f', '#84a59d', '#b5838d'];

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A stable colour per class: fixed for newsgraph's entity classes, hashed into a palette otherwise. */
export function classColor(cls: string, kind: 'entity' | 'event'): string {
  const fixed = FIXED[cls];
  if (fixed) return fixed;
  const pal = kind === 'event' ? EVENT_PALETTE : ENTITY_PALETTE;
  return pal[hash(cls) % pal.length]!;
}

export const DIM_NODE = '#e3e6ea';
export const DIM_EDGE = '#eef0f2';
export const FACT_EDGE = '#8a96a3';
export const ROLE_EDGE = '#c3cad3';
export const SELECT_EDGE = '#33414f';

/** Overview ties by CAMEO quad class: cooperation green, conflict red, verbal lighter than material. */
export const QUAD_COLORS: Record<string, string> = {
  'verbal-coop': '#8cc084',
  'material-coop': '#2e8540',
  'verbal-conflict': '#f0a35e',
  'material-conflict': '#c8102e',
  other: '#b4bcc6',
};

/** Colours for communities (colour by community), cycled. */
export const COMMUNITY_PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];

/** Edge size and colour by kind (roles are lighter than facts). */
export function edgeStyle(kind: 'fact' | 'role' | 'link' | 'tie'): { size: number; color: string } {
  return kind === 'role' ? { size: 1, color: ROLE_EDGE } : { size: 1.6, color: FACT_EDGE };
}
