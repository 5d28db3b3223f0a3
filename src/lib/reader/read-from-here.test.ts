import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { READ_FROM_HERE, addReadFromHereButtons, readFromIndex } from './read-from-here';

function article() {
	const { document } = new JSDOM(`<article id="content">
		<header><h1 id="title">Title</h1><p class="standfirst" data-block="0">Standfirst</p></header>
		<nav><a href="#sub">Sub</a></nav>
		<div class="article-body"><p data-block="1">One</p><aside data-block="2"><p>Promo</p></aside>
		<h2 id="sub" data-block="3">Sub</h2><blockquote data-block="4"><p>Quoted</p></blockquote></div>
	</article>`).window;
	return document.querySelector<HTMLElement>('#content') as HTMLElement;
}

describe('"Read from here" buttons', () => {
	it('stand just before the title and every block but the related-content notes', () => {
		const view = article();
		const buttons = addReadFromHereButtons(view);
		expect(buttons.map((button) => button.nextElementSibling?.textContent)).toEqual([
			'Title',
			'Standfirst',
			'One',
			'Sub',
			'Quoted'
		]);
		for (const button of buttons) {
			expect(button.type).toBe('button');
			expect(button.textContent).toBe(`▶${READ_FROM_HERE}`);
			expect(button.querySelector('[aria-hidden="true"]')?.textContent).toBe('▶');
		}
		expect(view.querySelectorAll('aside button, nav button')).toHaveLength(0);
	});

	it('say which block a click on them, or on their icon, asks for', () => {
		const view = article();
		const buttons = addReadFromHereButtons(view);
		expect(buttons.map((button) => readFromIndex(button))).toEqual([-1, 0, 1, 3, 4]);
		expect(readFromIndex(buttons[3]?.firstElementChild ?? null)).toBe(3);
		expect(readFromIndex(view.querySelector('[data-block="1"]'))).toBeUndefined();
		expect(readFromIndex(null)).toBeUndefined();
	});

	it('leave nothing behind when taken away', () => {
		const view = article();
		const before = view.innerHTML;
		addReadFromHereButtons(view).forEach((button) => button.remove());
		expect(view.innerHTML).toBe(before);
	});
});
