"use client";
// A <select> that submits its form on change (the form still works without JavaScript via its button).

/** Select that re-submits the surrounding GET form when the value changes. */
export function AutoSubmitSelect({ name, defaultValue, options }: { name: string; defaultValue: string; options: { value: string; label: string }[] }) {
  return (
    <select className="select" name={name} defaultValue={defaultValue} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
