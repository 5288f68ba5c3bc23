/** Name matching shared across modules: same-sounding names (同音) by toneless pinyin. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xueji.registry.api.names;
