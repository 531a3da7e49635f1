"use client";
import { useTranslations } from "next-intl";
import { labelRollKey, labelRolls, useLabelRoll } from "./cup-label";
import { SettingSelect } from "./setting-select";
import styles from "./board.module.css";

/** What this phone or tablet does beside showing orders, set once per device: whether a cup label prints on Make. */
export function DeviceSettings() {
  const roll = useLabelRoll();
  const t = useTranslations("Board.device");
  const names = { OFF: t("rolls.OFF"), "58": t("rolls.58"), "80": t("rolls.80") };
  return (
    <div className={styles.deviceSettings}>
      <SettingSelect label={t("cupLabels")} storageKey={labelRollKey} value={roll} values={labelRolls} names={names} className={styles.setting} />
      <p className="hint">{roll === "OFF" ? t("noLabel") : t("labelOnMake")}</p>
    </div>
  );
}
