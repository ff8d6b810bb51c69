// Obsidian's `Platform`: which app and UI the plugin runs in. Desktop by default; tests switch it.

/** Obsidian's `Platform` (obsidian.d.ts): the flags a plugin reads to adapt to desktop or mobile. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

/** Mock only: runs the app as Obsidian on a phone (`"mobile"`) or on a computer (`"desktop"`, the default). */
export function usePlatform(kind: "desktop" | "mobile"): void {
	const mobile = kind === "mobile";
	Object.assign(Platform, {
		isDesktop: !mobile,
		isMobile: mobile,
		isDesktopApp: !mobile,
		isMobileApp: mobile,
		isAndroidApp: mobile,
		isPhone: mobile,
		isLinux: !mobile,
	});
}
