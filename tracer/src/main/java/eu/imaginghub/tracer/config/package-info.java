/**
 * How every module reads its settings: each module's settings class declares its keys as {@link
 * eu.imaginghub.tracer.config.Setting} constants with their defaults, and parses their values
 * through {@link eu.imaginghub.tracer.config.SettingValues}, so that blank values, defaults,
 * numbers and flags mean the same in every module. It lives in the tracer, the module every other
 * one depends on, and is published to them.
 */
package eu.imaginghub.tracer.config;
