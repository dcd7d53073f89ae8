<?php
/**
 * Plugin Name:       Lede widgets
 * Description:       Quote cards, timelines and articles from Lede documents: a block and a [lede] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       lede-widgets
 */

defined( 'ABSPATH' ) || exit;

const LEDE_WIDGETS_VERSION = '0.1.0';
define( 'LEDE_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'LEDE_WIDGETS_URL', plugin_dir_url( __FILE__ ) );

require_once LEDE_WIDGETS_DIR . 'includes/attributes.php';
require_once LEDE_WIDGETS_DIR . 'includes/fallback.php';
require_once LEDE_WIDGETS_DIR . 'includes/render.php';
require_once LEDE_WIDGETS_DIR . 'includes/assets.php';
require_once LEDE_WIDGETS_DIR . 'includes/settings.php';

add_action(
	'init',
	function () {
		lede_widgets_register_scripts();
		register_block_type( LEDE_WIDGETS_DIR . 'block.json', array( 'render_callback' => 'lede_widgets_render_block' ) );
		add_shortcode( 'lede', 'lede_widgets_shortcode' );
	}
);
add_filter( 'script_loader_tag', 'lede_widgets_script_tag', 10, 2 );
add_action( 'admin_init', 'lede_widgets_register_settings' );
add_action( 'admin_menu', 'lede_widgets_add_settings_page' );
