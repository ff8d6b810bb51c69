import { FollowUpSettings } from "../rules";

/**
 * The settings to save when `data.json` may have changed since this device last read it (another device,
 * through sync): this device's own changes — the values in `local` that differ from `base`, what it last
 * loaded or saved — over the values on disk now (`disk`). So a save never writes back a value this device
 * only held because it had not heard of the newer one.
 */
export function mergeSettings(base: FollowUpSettings, local: FollowUpSettings, disk: FollowUpSettings): FollowUpSettings {
	const merged: Record<string, unknown> = { ...disk };
	for (const key of Object.keys(local) as (keyof FollowUpSettings)[]) {
		if (local[key] !== base[key]) merged[key] = local[key];
	}
	return merged as unknown as FollowUpSettings;
}
