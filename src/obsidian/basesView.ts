import { BasesView, Plugin, requireApiVersion } from "obsidian";
import { FOLLOW_UPS_VIEW_TYPE } from "../bases/jobSearchBase";
import { FollowUpHost } from "../ui/followUpHost";
import { followUpsBasesViewFactory, FollowUpsBasesWiring } from "../ui/followUpsBasesView";

/**
 * Registers the "Follow-ups" Bases view type (`registerBasesView`, Obsidian 1.10+) and returns whether Obsidian
 * took it. Feature-detected, so the plugin keeps working on its older `minAppVersion` and with Bases off: an
 * app before 1.10 has neither `registerBasesView` nor the `BasesView` class (the view class is made only after
 * this check), and with Bases off in the vault `registerBasesView` returns false (obsidian.d.ts: "@returns
 * false if bases are not enabled in this vault"). Bases drops the registration itself when the plugin unloads.
 */
export function registerFollowUpsBasesView(plugin: Plugin, host: FollowUpHost, wiring: FollowUpsBasesWiring): boolean {
	const api = plugin as Partial<Pick<Plugin, "registerBasesView">>;
	if (requireApiVersion("1.10.0") && typeof api.registerBasesView === "function" && typeof (BasesView as unknown) === "function") {
		const factory = followUpsBasesViewFactory(host, wiring);
		try {
			return factory !== null && plugin.registerBasesView(FOLLOW_UPS_VIEW_TYPE, { name: "Follow-ups", icon: "calendar-check", factory });
		} catch (error) {
			// A Bases that refuses the view (an id taken, a changed API) must not stop the rest of the plugin loading.
			console.warn("Interview follow-up: the Follow-ups view for Bases could not be registered.", error);
		}
	}
	return false;
}
