// WebKitGTK's MiniBrowser driven by WebKitWebDriver (W3C WebDriver over fetch), on a private Xvfb display.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { missing } from './session.js';

const DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
const MINIBROWSERS = [
	'/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
	'/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
	'/usr/libexec/webkit2gtk-4.1/MiniBrowser'
];
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** @returns {Promise<number>} a port nothing listens on now */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

/** Starts Xvfb on a display it picks itself (-displayfd), so runs side by side never collide. */
function startXvfb() {
	const xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
		stdio: ['ignore', 'ignore', 'pipe', 'pipe']
	});
	return new Promise((resolve, reject) => {
		let said = '';
		let stderr = '';
		xvfb.stderr?.on('data', (chunk) => (stderr += String(chunk)));
		xvfb.stdio[3]?.on('data', (chunk) => {
			said += String(chunk);
			if (said.includes('\n')) resolve({ display: `:${said.trim()}`, stop: () => xvfb.kill() });
		});
		xvfb.once('error', reject);
		xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
	});
}

/**
 * @param {{ runtime: string }} audio the private PulseAudio's XDG_RUNTIME_DIR
 * @returns {Promise<import('./session.js').Session>}
 */
export async function launchWebKit({ runtime }) {
	const browser = MINIBROWSERS.find((path) => existsSync(path));
	if (!existsSync(DRIVER)) throw new Error(missing('WebKitWebDriver', 'webkit2gtk-driver'));
	if (!browser) throw new Error(missing('WebKitGTK MiniBrowser', 'webkit2gtk-driver'));
	if (!existsSync(XVFB)) throw new Error(missing('Xvfb', 'xvfb'));

	const screen = /** @type {{ display: string, stop: () => void }} */ (await startXvfb());
	const port = await freePort();
	const driver = spawn(DRIVER, [`--port=${port}`], {
		env: { ...process.env, DISPLAY: screen.display, XDG_RUNTIME_DIR: runtime },
		stdio: 'ignore'
	});
	const stopAll = () => {
		driver.kill();
		screen.stop();
	};

	/**
	 * One W3C WebDriver command; its `value`, or an error with the driver's message.
	 * @param {string} method
	 * @param {string} path
	 * @param {unknown} [body]
	 */
	const command = async (method, path, body) => {
		const response = await fetch(`http://127.0.0.1:${port}${path}`, {
			method,
			headers: { 'Content-Type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
		const { value } = /** @type {{ value: any }} */ (await response.json());
		if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
		return value;
	};

	try {
		const deadline = Date.now() + 15_000;
		for (;;) {
			const ready = await command('GET', '/status').then(
				(status) => status?.ready === true,
				() => false
			);
			if (ready) break;
			if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port}`);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		const created = await command('POST', '/session', {
			capabilities: {
				alwaysMatch: { 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } }
			}
		});
		const session = `/session/${created.sessionId}`;
		const element = async (/** @type {string} */ css) =>
			(await command('POST', `${session}/element`, { using: 'css selector', value: css }))[ELEMENT];
		return {
			engine: `WebKitGTK ${created.capabilities.browserVersion}`,
			// Classic WebDriver has no console log in WebKitGTK; Firefox's run checks for page errors.
			errors: null,
			goto: async (url) => void (await command('POST', `${session}/url`, { url })),
			reload: async () => void (await command('POST', `${session}/refresh`, {})),
			url: () => command('GET', `${session}/url`),
			evaluate: (fn, ...args) =>
				command('POST', `${session}/execute/sync`, { script: `return (${fn}).apply(null, arguments)`, args }),
			click: async (css) =>
				void (await command('POST', `${session}/element/${await element(css)}/click`, {})),
			fill: async (css, text) => {
				const id = await element(css);
				await command('POST', `${session}/element/${id}/clear`, {});
				// WebKitWebDriver drops "\n"; the Enter key starts a new line as it would for a reader.
				await command('POST', `${session}/element/${id}/value`, { text: text.replaceAll('\n', '\uE007') });
			},
			close: async () => {
				await command('DELETE', session).finally(stopAll);
			}
		};
	} catch (error) {
		stopAll();
		throw error;
	}
}
