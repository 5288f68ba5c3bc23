/**
 * Class balancing's shell commands. Not under {@code org.xueji.classbalance}: Karaf 4.4.10's
 * CommandExtension turns a resource path into a class name with {@code replace(".class", "")}, which
 * also cuts the ".class" of "org.xueji.classbalance" and so finds none of the commands there.
 */
package org.xueji.balancing.command;
