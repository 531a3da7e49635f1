"use client";
import { labelRollKey, labelRollNames, labelRolls, useLabelRoll } from "./cup-label";
import { SettingSelect } from "./setting-select";
import styles from "./board.module.css";

/** What this phone or tablet does beside showing orders, set once per device: whether a cup label prints on Make. */
export function DeviceSettings() {
  const roll = useLabelRoll();
  return (
    <div className={styles.deviceSettings}>
      <SettingSelect label="Cup labels" storageKey={labelRollKey} value={roll} values={labelRolls} names={labelRollNames} className={styles.setting} />
      <p className="hint">
        {roll === "OFF" ? "No label is printed." : "When you tap Make, the print dialog opens with the cup's label: pick the label printer once, then print."}
      </p>
    </div>
  );
}
