"use client";
// Matrix filters as a GET form: every choice lands in the URL (a permalink); selects apply at once, the search on Enter.
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";

interface Props {
  values: Record<string, string | undefined>;
  vendors: { slug: string; name: string }[];
  versions: string[];
}

const TYPES = [
  ["", "All types"],
  ["distribution", "Distribution"],
  ["hosted_platform", "Hosted platform"],
  ["installer", "Installer"],
] as const;
const STATUSES = [
  ["", "Any status"],
  ["valid", "Valid (certified or expiring)"],
  ["certified", "Certified"],
  ["expiring", "Expiring within 60 days"],
  ["lapsed", "Lapsed"],
] as const;

/** One labelled select of the filter bar; options are [value, label] pairs. */
function SelectFilter({ label, name, value, options, className = "" }: { label: string; name: string; value: string | undefined; options: readonly (readonly [string, string])[]; className?: string }) {
  return (
    <label className="flex flex-col text-xs">
      <span className="muted">{label}</span>
      <select className={`select ${className}`} name={name} defaultValue={value ?? ""}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The filter bar of /conformance. */
export function MatrixFilters({ values, vendors, versions }: Props) {
  const router = useRouter();
  const apply = (form: HTMLFormElement) => {
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim()) q.set(k, v.trim());
    router.replace(`?${q.toString()}`, { scroll: false });
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    apply(e.currentTarget);
  };
  return (
    <form method="get" onSubmit={onSubmit} onChange={(e) => (e.target as HTMLElement).tagName === "SELECT" && apply(e.currentTarget)} className="mb-4 flex flex-wrap items-end gap-2" role="search" aria-label="Filter certified products">
      <label className="flex flex-col text-xs">
        <span className="muted">Search</span>
        <input className="input w-44" type="search" name="q" defaultValue={values.q ?? ""} placeholder="Product or vendor" />
      </label>
      <SelectFilter label="Type" name="type" value={values.type} options={TYPES} />
      <SelectFilter label="Status" name="status" value={values.status} options={STATUSES} />
      <SelectFilter label="Version" name="version" value={values.version} options={[["", "Any version"], ...versions.map((v) => [v, `v${v}`] as const)]} />
      <SelectFilter label="Vendor" name="vendor" value={values.vendor} options={[["", "All vendors"], ...vendors.map((v) => [v.slug, v.name] as const)]} className="max-w-48" />
      <label className="flex flex-col text-xs">
        <span className="muted">As of</span>
        <input className="input" type="date" name="asOf" defaultValue={values.asOf ?? ""} />
      </label>
      {values.sort ? <input type="hidden" name="sort" value={values.sort} /> : null}
      {values.dir ? <input type="hidden" name="dir" value={values.dir} /> : null}
      <button className="btn" type="submit">
        Apply
      </button>
    </form>
  );
}
