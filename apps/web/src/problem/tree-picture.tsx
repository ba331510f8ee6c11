import type { TreeNodeView } from './test-case.util';

interface Placed {
  value: number;
  x: number;
  y: number;
  parent: { x: number; y: number } | null;
}

/** In-order position across, depth down: the usual textbook drawing, no crossing edges. */
function place(root: TreeNodeView): Placed[] {
  const out: Placed[] = [];
  let column = 0;
  const walk = (node: TreeNodeView | null, depth: number, parent: { x: number; y: number } | null) => {
    if (!node) return;
    const me = { value: node.value, x: 0, y: depth, parent };
    walk(node.left, depth + 1, me);
    me.x = column++;
    out.push(me);
    walk(node.right, depth + 1, me);
  };
  walk(root, 0, null);
  return out;
}

const STEP_X = 34;
const STEP_Y = 44;
const R = 14;

/** A small picture of a binary tree (samples only: a handful of nodes). */
export function TreePicture({ root, label }: { root: TreeNodeView; label: string }) {
  const nodes = place(root);
  const width = Math.max(...nodes.map((n) => n.x)) * STEP_X + 2 * R + 4;
  const height = Math.max(...nodes.map((n) => n.y)) * STEP_Y + 2 * R + 4;
  const at = (v: number, step: number) => v * step + R + 2;
  return (
    <svg width={width} height={height} role="img" aria-label={label} data-testid="tree-picture">
      {nodes.map((n, i) =>
        n.parent ? (
          <line
            key={`e${i}`}
            x1={at(n.parent.x, STEP_X)}
            y1={at(n.parent.y, STEP_Y)}
            x2={at(n.x, STEP_X)}
            y2={at(n.y, STEP_Y)}
            stroke="currentColor"
            strokeOpacity={0.5}
          />
        ) : null,
      )}
      {nodes.map((n, i) => (
        <g key={`n${i}`}>
          <circle
            cx={at(n.x, STEP_X)}
            cy={at(n.y, STEP_Y)}
            r={R}
            fill="var(--mantine-color-body)"
            stroke="currentColor"
          />
          <text
            x={at(n.x, STEP_X)}
            y={at(n.y, STEP_Y)}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={12}
            fill="currentColor"
          >
            {n.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
