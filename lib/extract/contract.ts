// Maps an Extraction to the CLI line of CONTRACT.md: sources inlined per claim, with the
// canonical name, plus the extra fields (rule, explanation, vagueAttribution, duplicateOf).
import type { Extraction } from './types';

export interface ContractSource {
  mention: { start: number; end: number; text: string } | null;
  name: string;
  type: string;
  cue: string | null;
  via: { name: string; type: string } | null;
  rule: string;
  explanation: string;
}

export interface ContractClaim {
  start: number;
  end: number;
  text: string;
  checkworthiness: number;
  sources: ContractSource[];
  vagueAttribution: string | null;
  duplicateOf: number | null;
  explanation: string;
}

export function toContractLine(file: string, x: Extraction): { file: string; claims: ContractClaim[] } {
  return {
    file,
    claims: x.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      checkworthiness: c.checkworthiness,
      sources: c.attributions.map((a) => ({
        mention: a.mention,
        name: x.sources[a.source].name,
        type: x.sources[a.source].type,
        cue: a.cue,
        via: a.via,
        rule: a.rule,
        explanation: a.explanation,
      })),
      vagueAttribution: c.vagueAttribution,
      duplicateOf: c.duplicateOf,
      explanation: c.explanation,
    })),
  };
}
