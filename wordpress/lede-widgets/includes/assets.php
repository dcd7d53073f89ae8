<?php
/**
 * lede.js ships inside the plugin and is enqueued only by a block or shortcode
 * being rendered, so pages without a widget load nothing. The CDN copy is used
 * only when an admin chooses it and the build recorded its integrity hash.
 */

defined( 'ABSPATH' ) || exit;

/** What the zip's build step recorded: the npm package, its version, lede.js's integrity (or null). */
function lede_widgets_build_info() {
	static $info = null;
	if ( null === $info ) {
		$file    = LEDE_WIDGETS_DIR . 'assets/build.json';
		$decoded = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		$info    = wp_parse_args( is_array( $decoded ) ? $decoded : array(), array( 'package' => '', 'version' => '', 'integrity' => null ) );
	}
	return $info;
}

/** The versioned CDN URL of lede.js, or '' when this build cannot be checked against one. */
function lede_widgets_cdn_url() {
	$info = lede_widgets_build_info();
	if ( ! is_string( $info['integrity'] ) || ! preg_match( '/^[a-z0-9@\/._-]+$/', $info['package'] ) || ! preg_match( '/^[0-9A-Za-z.+-]+$/', $info['version'] ) ) {
		return '';
	}
	return 'https://cdn.jsdelivr.net/npm/' . $info['package'] . '@' . $info['version'] . '/dist/lede.js';
}

function lede_widgets_uses_cdn() {
	return 'cdn' === get_option( 'lede_widgets_script_source', 'plugin' ) && '' !== lede_widgets_cdn_url();
}

function lede_widgets_register_scripts() {
	$info    = lede_widgets_build_info();
	$version = $info['version'] ? $info['version'] : LEDE_WIDGETS_VERSION;
	$src     = lede_widgets_uses_cdn() ? lede_widgets_cdn_url() : LEDE_WIDGETS_URL . 'assets/lede.js';
	wp_register_script( 'lede-widgets', $src, array(), lede_widgets_uses_cdn() ? null : $version, true );
	wp_register_script( 'lede-widgets-auto', LEDE_WIDGETS_URL . 'lede-auto.js', array( 'lede-widgets' ), LEDE_WIDGETS_VERSION, true );
	wp_register_script(
		'lede-widgets-editor',
		LEDE_WIDGETS_URL . 'editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'lede-widgets' ),
		LEDE_WIDGETS_VERSION,
		true
	);
	wp_add_inline_script(
		'lede-widgets-editor',
		'window.ledeWidgetsEditor = ' . wp_json_encode( array( 'schemaUrl' => LEDE_WIDGETS_URL . 'assets/schema.mjs?ver=' . rawurlencode( $version ) ) ) . ';',
		'before'
	);
	wp_register_style( 'lede-widgets-editor', LEDE_WIDGETS_URL . 'editor.css', array(), LEDE_WIDGETS_VERSION );
}

/** Called while a widget renders: WordPress prints scripts enqueued during the content in the footer. */
function lede_widgets_enqueue_script( $handle = 'lede-widgets' ) {
	wp_enqueue_script( $handle );
}

/** Subresource integrity for the CDN copy: the browser refuses a file that is not the build's. */
function lede_widgets_script_tag( $tag, $handle ) {
	if ( 'lede-widgets' !== $handle || ! lede_widgets_uses_cdn() ) {
		return $tag;
	}
	$integrity = lede_widgets_build_info()['integrity'];
	return str_replace( '<script ', '<script integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous" ', $tag );
}
