// The test page's bootstrap.js, shaped like the one Kibana serves: a `__kbnBundles__` loader with
// define(key, bundleRequire, moduleKey) / get(key), `__kbnPublicPath__`, then the shared deps, core and plugin
// scripts added in order, and core's bootstrap called once they have all run.

export interface BootstrapOptions {
  publicPathMap: Record<string, string>;
  scripts: string[];
}

export function bootstrapScript({ publicPathMap, scripts }: BootstrapOptions): string {
  return `
function kbnBundlesLoader() {
  var modules = {};
  function has(prop) { return Object.prototype.hasOwnProperty.call(modules, prop); }
  function define(key, bundleRequire, bundleModuleKey) {
    if (has(key)) throw new Error('__kbnBundles__ already has a module defined for "' + key + '"');
    modules[key] = { bundleRequire: bundleRequire, bundleModuleKey: bundleModuleKey };
  }
  function get(key) {
    if (!has(key)) throw new Error('__kbnBundles__ does not have a module defined for "' + key + '"');
    return modules[key].bundleRequire(modules[key].bundleModuleKey);
  }
  return { has: has, define: define, get: get };
}
window.__kbnPublicPath__ = ${JSON.stringify(publicPathMap)};
window.__kbnBundles__ = kbnBundlesLoader();
window.onload = function () {
  var urls = ${JSON.stringify(scripts)};
  var pending = urls.length;
  urls.forEach(function (url) {
    var script = document.createElement('script');
    script.async = false;
    script.src = url;
    script.addEventListener('error', function () { window.__bootstrapFailure__ = 'could not load ' + url; });
    script.addEventListener('load', function () {
      pending = pending - 1;
      if (pending === 0) __kbnBundles__.get('entry/core/public').__kbnBootstrap__();
    });
    document.head.appendChild(script);
  });
};
`;
}
