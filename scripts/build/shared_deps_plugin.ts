// esbuild plugin that makes a browser bundle take Kibana's shared dependencies from `window.__kbnSharedDeps__`,
// as Kibana's optimizer does, and refuses any import that would bundle a second copy of one of them.
import type { Metafile, Plugin } from 'esbuild';
import {
  FORWARDING_ENTRY_FILES,
  KIBANA_SHARED_DEPS,
  KIBANA_SHARED_PACKAGES,
  packageOf,
} from './kibana_shared_deps';

const NAMESPACE = 'kbn-shared-deps';
/** Deep imports that resolve to one of FORWARDING_ENTRY_FILES. */
const FORWARDING_IMPORTS = new Set(['react/jsx-runtime', 'react-dom/client']);

function sharedModuleSource(specifier: string, property: string): string {
  const chain = property.split('.').reduce<string[]>((parts, key) => {
    const previous = parts.length > 0 ? parts[parts.length - 1] : 'shared';
    return [...parts, `${previous}.${key}`];
  }, []);
  const message = JSON.stringify(
    `Kibana did not provide the shared dependency ${specifier} (__kbnSharedDeps__.${property})`,
  );
  return [
    'var shared = window.__kbnSharedDeps__;',
    `var value = shared && ${chain.join(' && ')};`,
    `if (value === undefined) throw new Error(${message});`,
    'module.exports = value;',
  ].join('\n');
}

export function kibanaSharedDepsPlugin(): Plugin {
  return {
    name: 'kibana-shared-deps',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.namespace === NAMESPACE) return undefined;
        if (Object.hasOwn(KIBANA_SHARED_DEPS, args.path)) {
          return { path: args.path, namespace: NAMESPACE };
        }
        const pkg = packageOf(args.path);
        if (KIBANA_SHARED_PACKAGES.has(pkg) && !FORWARDING_IMPORTS.has(args.path)) {
          return {
            errors: [
              {
                text:
                  `"${args.path}" would bundle a copy of ${pkg}, which Kibana provides to plugins; ` +
                  `import it through one of: ${Object.keys(KIBANA_SHARED_DEPS)
                    .filter((key) => packageOf(key) === pkg)
                    .join(', ')}`,
              },
            ],
          };
        }
        return undefined;
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: sharedModuleSource(args.path, KIBANA_SHARED_DEPS[args.path]),
        loader: 'js',
      }));
    },
  };
}

const NODE_MODULES_FILE = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/;

export interface BundledInputs {
  /** npm packages with code inside the bundle. */
  packages: string[];
  /** Files of Kibana's shared packages inside the bundle (only forwarding entries are allowed). */
  sharedCopies: string[];
}

/** Which packages ended up inside a bundle, and whether any shared package was copied into it. */
export function bundledInputs(metafile: Metafile): BundledInputs {
  const packages = new Set<string>();
  const sharedCopies: string[] = [];
  for (const input of Object.keys(metafile.inputs)) {
    const match = NODE_MODULES_FILE.exec(input);
    if (!match) continue;
    const [, pkg, file] = match;
    packages.add(pkg);
    if (KIBANA_SHARED_PACKAGES.has(pkg) && !FORWARDING_ENTRY_FILES.includes(`${pkg}/${file}`)) {
      sharedCopies.push(`${pkg}/${file}`);
    }
  }
  return { packages: [...packages].sort(), sharedCopies };
}
