"use client";
import { useId } from "react";
import { setDeviceSetting } from "../../../device-setting";

/** A labelled choice of one of this device's settings (app/device-setting.ts): the station it serves, its label roll. */
export function SettingSelect<Value extends string>({
  label,
  storageKey,
  value,
  values,
  names,
  className,
}: {
  label: string;
  storageKey: string;
  value: Value;
  values: readonly Value[];
  names: Record<Value, string>;
  className?: string;
}) {
  const id = useId();
  return (
    <span className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => setDeviceSetting(storageKey, event.target.value)}>
        {values.map((option) => (
          <option key={option} value={option}>
            {names[option]}
          </option>
        ))}
      </select>
    </span>
  );
}
