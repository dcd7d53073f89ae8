<?php
/** Settings → Lede widgets: where readers' browsers get lede.js. */

defined( 'ABSPATH' ) || exit;

function lede_widgets_register_settings() {
	register_setting(
		'lede_widgets',
		'lede_widgets_script_source',
		array(
			'type'              => 'string',
			'default'           => 'plugin',
			'sanitize_callback' => function ( $value ) {
				return 'cdn' === $value ? 'cdn' : 'plugin';
			},
		)
	);
}

function lede_widgets_add_settings_page() {
	add_options_page( __( 'Lede widgets', 'lede-widgets' ), __( 'Lede widgets', 'lede-widgets' ), 'manage_options', 'lede-widgets', 'lede_widgets_render_settings_page' );
}

function lede_widgets_render_settings_page() {
	$source  = get_option( 'lede_widgets_script_source', 'plugin' );
	$cdn_url = lede_widgets_cdn_url();
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Lede widgets', 'lede-widgets' ); ?></h1>
		<form method="post" action="options.php">
			<?php settings_fields( 'lede_widgets' ); ?>
			<fieldset>
				<legend><?php esc_html_e( 'Where readers load lede.js from', 'lede-widgets' ); ?></legend>
				<p><label><input type="radio" name="lede_widgets_script_source" value="plugin" <?php checked( 'cdn' !== $source ); ?>> <?php esc_html_e( 'This site (the copy inside the plugin; no third-party request)', 'lede-widgets' ); ?></label></p>
				<p><label><input type="radio" name="lede_widgets_script_source" value="cdn" <?php checked( 'cdn' === $source ); ?> <?php disabled( '' === $cdn_url ); ?>>
					<?php esc_html_e( 'jsDelivr, pinned to this version and checked by its integrity hash', 'lede-widgets' ); ?>
					<?php echo $cdn_url ? '<code>' . esc_html( $cdn_url ) . '</code>' : esc_html__( '(not available: this build has no integrity hash)', 'lede-widgets' ); ?></label></p>
			</fieldset>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
