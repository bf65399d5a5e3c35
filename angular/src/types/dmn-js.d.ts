/** The part of dmn-js's Modeler (which ships no types) the decisions page uses. */
declare module 'dmn-js/lib/Modeler' {
  interface DmnView {
    id: string;
    name?: string;
    type: string;
  }
  export default class DmnModeler {
    constructor(options: { container: HTMLElement; [view: string]: unknown });
    importXML(xml: string): Promise<{ warnings: unknown[] }>;
    saveXML(options?: { format?: boolean }): Promise<{ xml?: string }>;
    getViews(): DmnView[];
    getActiveView(): DmnView | undefined;
    open(view: DmnView): Promise<unknown>;
    on(event: string, callback: (event: unknown) => void): void;
    destroy(): void;
  }
}
