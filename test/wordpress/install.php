<?php
// Installs the test site: what wp-cli's `core install` and `user create` would do.
// Run with php-cli from the site's directory; the database server is already up.
// Users: admin (administrator), author (author) and contributor (contributor), all with the
// password in LEDE_WP_PASSWORD.

$socket   = getenv( 'LEDE_WP_SOCKET' );
$password = getenv( 'LEDE_WP_PASSWORD' );
$database = new mysqli( 'localhost', 'root', '', '', 0, $socket );
$database->query( 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4' );
$database->close();

define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST'] = parse_url( getenv( 'LEDE_WP_URL' ), PHP_URL_HOST );
require __DIR__ . '/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';

wp_install( 'Lede test site', 'admin', 'admin@example.test', false, '', wp_slash( $password ) );
$users = array( 1 );
foreach ( array( 'author', 'contributor' ) as $role ) {
	$users[] = wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => $password,
			'user_email' => "$role@example.test",
			'role'       => $role,
		)
	);
}
// No "Welcome to the block editor" guide over the editor.
foreach ( $users as $user ) {
	update_user_meta( $user, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ) ) );
}
echo "installed\n";
