// Membership facts of a parsed snapshot (groups, seats, subprojects): what history is computed from.
import type { Fact } from "@/lib/governance/history";
import type { SigsGroup, SigsPerson } from "./types";

/** Every group, seat (chair, tech lead, emeritus lead, liaison, subproject lead) and subproject of a snapshot. */
export function buildFacts(groups: SigsGroup[]): Fact[] {
  const facts: Fact[] = [];
  const role = (g: SigsGroup, p: SigsPerson, r: string, sub = "") =>
    facts.push({ factType: "role", groupDir: g.dir, subproject: sub, subject: p.githubKey, role: r, label: p.name ?? p.github, companyRaw: p.companyRaw });
  for (const g of groups) {
    facts.push({ factType: "group", groupDir: g.dir, subproject: "", subject: g.dir, role: g.kind, label: g.name });
    for (const p of g.chairs) role(g, p, "chair");
    for (const p of g.techLeads) role(g, p, "tech_lead");
    for (const p of g.emeritusLeads) role(g, p, "emeritus_lead");
    if (g.liaison) role(g, g.liaison, "liaison");
    for (const s of g.subprojects) {
      facts.push({ factType: "subproject", groupDir: g.dir, subproject: "", subject: s.name, role: "", label: s.description ? s.description.slice(0, 200) : null });
      for (const p of s.leads) role(g, p, "subproject_lead", s.name);
    }
  }
  return facts;
}
