import { useEffect, useRef } from 'react';

/** A canvas the customer signs on with a finger (pointer events, so mouse and pen too). */
export function SignaturePad({ onChange }: { onChange: (dataUrl: string | null) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const drawn = useRef(false);

  useEffect(() => {
    const c = canvas.current!;
    const ratio = window.devicePixelRatio || 1;
    c.width = c.clientWidth * ratio;
    c.height = c.clientHeight * ratio;
    const context = c.getContext('2d')!;
    context.scale(ratio, ratio);
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#111';
  }, []);

  const point = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  return (
    <canvas
      ref={canvas}
      className="sig"
      data-testid="signature-pad"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drawing.current = true;
        const { x, y } = point(event);
        const context = event.currentTarget.getContext('2d')!;
        context.beginPath();
        context.moveTo(x, y);
      }}
      onPointerMove={(event) => {
        if (!drawing.current) return;
        const { x, y } = point(event);
        const context = event.currentTarget.getContext('2d')!;
        context.lineTo(x, y);
        context.stroke();
        drawn.current = true;
      }}
      onPointerUp={(event) => {
        drawing.current = false;
        if (drawn.current) onChange(event.currentTarget.toDataURL('image/png'));
      }}
    />
  );
}

export function clearCanvas(root: HTMLElement | null): void {
  const c = root?.querySelector('canvas');
  if (c) c.getContext('2d')?.clearRect(0, 0, c.width, c.height);
}
